import type { Locale, Source } from '../schemas/index.ts';
import type { FigureRecord, SeriesRecord } from '../validate/load-data.ts';
import { atlas, updatedDates } from './atlas.ts';
import { formatDate, formatPeriod, formatValue } from './format.ts';
import { t } from '../i18n/index.ts';

/**
 * The atlas's "as of" date: the latest `updated` date in its content and data (src/lib/atlas.ts).
 * Used as the access date in citations, so two builds of the same files are byte-identical.
 */
export function atlasDate(): string {
  return updatedDates().last;
}

/** "Kontan, 3 November 2019" */
export function sourceShort(source: Source, locale: Locale): string {
  return `${source.publisher}, ${formatDate(source.date, locale)}`;
}

/**
 * Who said it and where it was published, the way a journalist cites it:
 * "BPS (via Kontan, 3 November 2019)" — or just the publication when the claimant published it.
 */
export function attribution(f: FigureRecord, locale: Locale): string {
  const s = atlas().sources.get(f.source)!;
  if (f.primary) return `${f.claimant[locale]} (${sourceShort(s, locale)})`;
  return `${f.claimant[locale]} (${t(locale).via} ${sourceShort(s, locale)})`;
}

/** A ready-to-copy citation of a figure, ending with its permalink on this site and the access date. */
export function figureCitation(f: FigureRecord, locale: Locale, permalink: string): string {
  const a = atlas();
  const s = a.sources.get(f.source)!;
  const value = formatValue(f.value, a.units[f.unit]!, locale, { qualifier: f.qualifier });
  const what = `${f.label[locale]}, ${formatPeriod(f.period, locale)}: ${value}`;
  const verb = f.primary ? t(locale).statedVerb : t(locale).reportedVerb;
  const pub = `${s.publisher}, “${s.title}”, ${formatDate(s.date, locale)}${s.url ? `, ${s.url}` : ''}`;
  const accessed = t(locale).accessed;
  return `${f.claimant[locale]} ${verb} ${pub}. ${what}. ${a.site.title[locale]}, ${permalink} (${accessed} ${formatDate(atlasDate(), locale)}).`;
}

/** A ready-to-copy citation of a chart: its sources, title, this site's URL of the chart, access date. */
export function chartCitation(series: SeriesRecord, locale: Locale, permalink: string): string {
  const a = atlas();
  const pubs = series.meta.sources.map((id) => a.sources.get(id)!).map((s) => sourceShort(s, locale));
  const accessed = t(locale).accessed;
  const data = t(locale).dataWord;
  return `${a.site.title[locale]}, “${series.meta.title[locale]}”. ${data}: ${pubs.join('; ')}. ${permalink} (${accessed} ${formatDate(atlasDate(), locale)}).`;
}
