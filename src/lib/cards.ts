// Social cards: which pages have their own (charts, figures, clusters, provinces, programs), where it
// lives, and what it says. Every other page shares the generic /og.png.
import { cardSvg, type CardContent } from '../images/card.ts';
import { png, pngFile } from '../images/raster.ts';
import type { Locale } from '../schemas/index.ts';
import type { FigureRecord } from '../validate/load-data.ts';
import { atlas, doc, figuresWithScope, regionName } from './atlas.ts';
import { renderedSeries } from './chart-render.ts';
import { sourceShort } from './cite.ts';
import { formatPeriod, formatValue } from './format.ts';
import { t } from '../i18n/index.ts';
import { newestFirst } from './measures.ts';
import type { Route, RouteKind } from '../routes/table.ts';

export const CARD_KINDS: readonly RouteKind[] = ['chart', 'figure', 'cluster', 'region', 'program'];
export const GENERIC_CARD = '/og.png';

/** Site path of a page's card: /og/klaster/<slug>.png for /klaster/<slug>/; the generic card for other kinds. */
export function cardPath(route: Route): string {
  if (!hasOwnCard(route)) return GENERIC_CARD;
  return `/og${route.path.replace(/\/$/, '')}.png`;
}

/** Whether a page has a card of its own. */
export function hasOwnCard(route: Route): boolean {
  return CARD_KINDS.includes(route.kind);
}

function figureLine(f: FigureRecord, locale: Locale): string {
  const a = atlas();
  return `${formatValue(f.value, a.units[f.unit]!, locale, { qualifier: f.qualifier })} · ${f.label[locale]} (${formatPeriod(f.period, locale)})`;
}

/** What a page's card says. */
export function cardContent(route: Route): CardContent {
  const a = atlas();
  const { locale } = route;
  const s = t(locale);
  const site = a.site;
  const base = { lang: locale, brand: site.title[locale], footer: site.tagline[locale] };
  const ref = route.ref!;
  const keyFigure = (ids: string[], fallback: FigureRecord[]) => {
    const f = ids.map((id) => a.figures.get(id)).find((x) => x) ?? fallback[0];
    return f ? [figureLine(f, locale)] : [];
  };
  switch (route.kind) {
    case 'chart': {
      const series = a.series.get(ref)!;
      return {
        ...base,
        kicker: `${s.charts} · ${site.title[locale]}`,
        title: series.meta.title[locale],
        chartSvg: renderedSeries(ref, locale).wide,
        footer: `${s.source}: ${series.meta.sources.map((id) => sourceShort(a.sources.get(id)!, locale)).join('; ')}`,
      };
    }
    case 'figure': {
      const f = a.figures.get(ref)!;
      const src = a.sources.get(f.source)!;
      return {
        ...base,
        kicker: `${s.figure} · ${a.topics[f.topic]?.[locale] ?? f.topic}`,
        value: formatValue(f.value, a.units[f.unit]!, locale, { qualifier: f.qualifier }),
        title: f.label[locale],
        lines: [`${formatPeriod(f.period, locale)} · ${f.claimant[locale]}`],
        footer: `${s.source}: ${sourceShort(src, locale)}`,
      };
    }
    case 'cluster': {
      const d = doc('clusters', locale, ref)!;
      const region = a.regionByCode.get(d.data.region);
      const kicker = `${site.collections.clusters.singular[locale]}${region ? ` · ${regionName(region, locale)}` : ''}`;
      return { ...base, kicker, title: d.data.title, lines: [d.data.summary, ...keyFigure(d.data.figures, figuresOf(`cluster:${ref}`))] };
    }
    case 'program': {
      const d = doc('programs', locale, ref)!;
      return { ...base, kicker: `${site.collections.programs.singular[locale]} · ${d.data.agency}`, title: d.data.title, lines: [d.data.summary, ...keyFigure(d.data.figures, [])] };
    }
    case 'region': {
      const region = a.regionBySlug.get(ref)!;
      const prose = doc('provinces', locale, ref);
      const summary = prose?.data.summary ? [prose.data.summary] : [`${s.capital}: ${region.capital}`];
      return { ...base, kicker: site.collections.regions.singular[locale], title: regionName(region, locale), lines: [...summary, ...keyFigure([], figuresOf(`region:${region.code}`))] };
    }
    default:
      throw new Error(`no card for a ${route.kind} page (${route.path})`);
  }
}

/** Figures about one place, newest first. */
function figuresOf(scope: string): FigureRecord[] {
  return [...figuresWithScope(scope)].sort(newestFirst);
}

/** The PNG of a page's card. */
export function cardPng(route: Route): Buffer {
  return png(cardSvg(cardContent(route)), 1200);
}

/** The image-cache file of a page's card, drawn first when the cache lacks it (see lib/page-files.ts). */
export function cardPngFile(route: Route): string {
  return pngFile(cardSvg(cardContent(route)), 1200);
}
