import { localeInfo, type Locale, type Unit } from '../schemas/index.ts';
import type { QUALIFIERS } from '../schemas/index.ts';
import { t } from '../i18n/index.ts';
import { dateFormat, numberFormat } from '../shared/intl.ts';

/** The Intl tag of a locale ("id" → "id-ID"), as the atlas's site.yaml lists it (`locales`). */
export const intlLocale = (locale: Locale): string => localeInfo(locale).intl;
/** The Open Graph form of a locale's tag ("id_ID"). */
export const ogLocale = (locale: Locale): string => intlLocale(locale).replace('-', '_');

/** Digits after the decimal point as written in the data (6.19 → 2, 4400000 → 0). */
function decimals(n: number): number {
  const s = String(n);
  if (s.includes('e')) return 0;
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** A number in the locale's style, keeping exactly the decimals the data has: never rounds. */
export function formatNumber(n: number, locale: Locale, opts: { grouping?: boolean } = {}): string {
  const d = decimals(n);
  return numberFormat(intlLocale(locale), { minimumFractionDigits: d, maximumFractionDigits: d, useGrouping: opts.grouping ?? true }).format(n);
}

/**
 * "4,4 juta" / "4.4 million" when that says the value exactly with at most two decimals;
 * otherwise the full number ("4.209.817"). Large values are never shortened by rounding.
 */
export function formatCompact(n: number, locale: Locale): string {
  const abs = Math.abs(n);
  for (const scale of [1e12, 1e9, 1e6]) {
    if (abs >= scale) {
      const scaled = n / scale;
      const d = decimals(Number(scaled.toFixed(6)));
      if (d <= 2 && Math.abs(Number(scaled.toFixed(d)) * scale - n) < 1e-6 * scale) {
        return numberFormat(intlLocale(locale), {
          notation: 'compact',
          compactDisplay: 'long',
          minimumFractionDigits: d,
          maximumFractionDigits: d,
        }).format(n);
      }
      break;
    }
  }
  return formatNumber(n, locale);
}

/** A value with its unit, as prose shows it: "4,4 juta unit usaha", "6,19%", "Rp144,65 miliar", "2013". */
export function formatValue(value: number, unit: Unit, locale: Locale, opts: { withUnit?: boolean; qualifier?: (typeof QUALIFIERS)[number] } = {}): string {
  const withUnit = opts.withUnit ?? true;
  let text: string;
  switch (unit.kind) {
    case 'percent':
      text = `${formatNumber(value, locale)}%`;
      break;
    case 'year':
      text = String(value);
      break;
    case 'currency': {
      const amount = formatCompact(value, locale);
      if (!withUnit) text = amount;
      else if (unit.currency === 'IDR') text = t(locale).idrAmount(amount);
      else text = `${unit.currency} ${amount}`;
      break;
    }
    default: {
      const n = formatCompact(value, locale);
      text = withUnit && unit.label ? `${n} ${unit.label[locale]}` : n;
    }
  }
  const q = opts.qualifier ? t(locale).qualifiers[opts.qualifier] : '';
  return q ? `${q} ${text}` : text;
}

/** A short number for chart axes and tables: locale digits, compact words for millions and up. */
export function formatAxis(value: number, unit: Unit, locale: Locale): string {
  if (unit.kind === 'percent') return `${formatNumber(value, locale)}%`;
  if (unit.kind === 'year') return String(value);
  return formatValue(value, unit, locale, { withUnit: unit.kind === 'currency' });
}

/** One part of a period: "2019-Q3" → "Triwulan III 2019" / "Q3 2019"; "2019-11" → "November 2019". */
function formatPeriodPart(p: string, locale: Locale): string {
  let m = /^(\d{4})-Q([1-4])$/.exec(p);
  if (m) return t(locale).quarter(Number(m[2]), m[1]!);
  m = /^(\d{4})-H([12])$/.exec(p);
  if (m) return t(locale).half(Number(m[2]), m[1]!);
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(p);
  if (m) return dateFormat(intlLocale(locale), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  m = /^(\d{4})-(\d{2})$/.exec(p);
  if (m) return dateFormat(intlLocale(locale), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(+m[1]!, +m[2]! - 1, 1));
  return p;
}

export function formatPeriod(period: string, locale: Locale): string {
  return period
    .split('/')
    .map((p) => formatPeriodPart(p, locale))
    .join('–');
}

/** A source date ("2019-11-03", "2019-11", "2019" or "undated"). */
export function formatDate(date: string, locale: Locale): string {
  return date === 'undated' ? t(locale).undated : formatPeriodPart(date, locale);
}

/** Only the year of a date, for citations; undefined when undated. */
export function yearOf(date: string): string | undefined {
  return /^\d{4}/.exec(date)?.[0];
}
