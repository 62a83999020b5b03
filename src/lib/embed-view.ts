// What a chart's embed page shows, computed once for the page and for the snippet on the chart's own
// page, so the heights in the snippet are the heights of that very page.
import type { Locale } from '../schemas/index.ts';
import { atlas, pathFor } from './atlas.ts';
import { renderedSeries } from './chart-render.ts';
import { sourceShort } from './cite.ts';
import { creditText, embedHeights, embedSnippet, type EmbedView } from './embed.ts';
import { t } from '../i18n/index.ts';
import { absolute, href } from './url.ts';
import { TrackedMemo } from './track.ts';

const svgHeight = (svg: string) => Number(/viewBox="0 0 [\d.]+ ([\d.]+)"/.exec(svg)?.[1] ?? 0);

const views = new TrackedMemo<EmbedView>();

/** Once per chart, language and site in a process: the chart's page, its embed page and every page showing the chart ask. */
export function embedView(id: string, locale: Locale, site: URL | string | undefined): EmbedView {
  return views.get(`${id}|${locale}|${String(site)}`, () => computeEmbedView(id, locale, site));
}

function computeEmbedView(id: string, locale: Locale, site: URL | string | undefined): EmbedView {
  const a = atlas();
  const s = t(locale);
  const series = a.series.get(id)!;
  const rendered = renderedSeries(id, locale);
  const address = absolute(pathFor(`chart:${id}`, locale), site).replace(/^https?:\/\//, '');
  const sources = series.meta.sources.map((sid) => ({ id: sid, label: sourceShort(a.sources.get(sid)!, locale) }));
  const view = {
    title: series.meta.title[locale],
    sourceLine: `${s.source}: ${sources.map((x) => x.label).join('; ')}`,
    sourceWord: s.source,
    sources,
    address,
    creditWords: { site: a.site.title[locale], licence: a.site.license.content, note: series.meta.note ? s.note : undefined, cite: s.citeShort },
  };
  const heights = embedHeights({ title: view.title, wideHeight: svgHeight(rendered.wide), narrowHeight: svgHeight(rendered.narrow), lines: [view.sourceLine, creditText(view)] });
  return { ...view, heights };
}

/** The snippet a host page pastes to show the chart. */
export function embedCodeFor(id: string, locale: Locale, site: URL | string | undefined): string {
  const view = embedView(id, locale, site);
  return embedSnippet({
    key: `${id}-${locale}`,
    src: absolute(pathFor(`embed:${id}`, locale), site),
    title: view.title,
    heights: view.heights,
    script: new URL(href('/embed.js'), site ?? 'http://localhost/').toString(),
  });
}
