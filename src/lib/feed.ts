import type { Locale } from '../schemas/index.ts';
import { atlas, pathFor } from './atlas.ts';
import { figureDates, seriesDates, valueSteps } from './changes.ts';
import { formatPeriod, formatValue, intlLocale } from './format.ts';
import { t } from '../i18n/index.ts';
import { feedPath } from '../routes/table.ts';
import { absolute } from './url.ts';
import { TrackedMemo } from './track.ts';
import { escapeXml as esc } from '../shared/xml.ts';

/** RFC 822 date of an ISO day (or month/year), at midnight UTC: deterministic, from the data. */
function rfc822(date: string): string {
  const [y, m = '01', d = '01'] = date.split('-');
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))).toUTCString();
}

export interface Item {
  title: string;
  path: string;
  description: string;
  date: string;
  category: string;
}

/**
 * What the atlas holds, newest first, dated by the data: clusters, programs and pages by their
 * `updated`, charts and figures by the day the atlas last changed them (src/lib/changes.ts: added,
 * or changed, or a figure's latest revision), so a changed value comes back to the top. The RSS
 * feed and the home page's "recently changed" list.
 */
export function feedItems(locale: Locale): readonly Item[] {
  // Made once per process and language: the home page and the feed both read it (at 10 000 clusters
  // 0.5 s each time).
  return itemsMemo.get(locale, () => allItems(locale));
}

const itemsMemo = new TrackedMemo<Item[]>();

function allItems(locale: Locale): Item[] {
  const a = atlas();
  const c = a.site.collections;
  const items: Item[] = [
    ...a.clusters
      .filter((d) => d.locale === locale)
      .map((d) => ({ title: d.data.title, path: pathFor(`cluster:${d.slug}`, locale), description: d.data.summary, date: d.data.updated, category: c.clusters.singular[locale] })),
    ...a.programs
      .filter((d) => d.locale === locale)
      .map((d) => ({ title: d.data.title, path: pathFor(`program:${d.slug}`, locale), description: d.data.summary, date: d.data.updated, category: c.programs.singular[locale] })),
    ...[...a.series.values()].map((s) => ({
      title: s.meta.title[locale],
      path: pathFor(`chart:${s.id}`, locale),
      description: s.meta.description[locale],
      date: seriesDates(s).changed,
      category: t(locale).chartCategory,
    })),
    ...[...a.figures.values()].map((f) => {
      const src = a.sources.get(f.source)!;
      const unit = a.units[f.unit]!;
      const fmt = (n: number) => formatValue(n, unit, locale, { qualifier: f.qualifier });
      const { changed } = figureDates(f);
      const step = valueSteps(f).at(-1);
      const what = step && step.date === changed ? ` ${t(locale).changedWord}: ${fmt(step.from)} → ${fmt(step.to)}.` : '';
      return {
        title: `${f.label[locale]}, ${formatPeriod(f.period, locale)}: ${fmt(f.value)}`,
        path: pathFor(`figure:${f.id}`, locale),
        description: `${f.claimant[locale]} — ${src.publisher}.${what}`,
        date: changed,
        category: t(locale).figureCategory,
      };
    }),
  ].sort((x, y) => y.date.localeCompare(x.date) || x.path.localeCompare(y.path));
  return items;
}

/**
 * Items a feed carries: the newest. A reader polls the feed for what is new; the whole history is on
 * the changes page. Every item made the feed of a 10 000-cluster atlas 20 MB, fetched on every poll.
 */
export const FEED_ITEMS = 100;

/** RSS 2.0 of the newest `feedItems`. */
export function feed(locale: Locale, site: URL | undefined): string {
  const a = atlas();
  const items = feedItems(locale).slice(0, FEED_ITEMS);
  const home = absolute(pathFor('page:index', locale), site);
  const self = absolute(feedPath(locale), site);
  const body = items
    .map((i) => {
      const link = absolute(i.path, site);
      return `<item><title>${esc(i.title)}</title><link>${esc(link)}</link><guid isPermaLink="true">${esc(link)}</guid><pubDate>${rfc822(i.date)}</pubDate><category>${esc(i.category)}</category><description>${esc(i.description)}</description></item>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>${esc(a.site.title[locale])}</title>
<link>${esc(home)}</link>
<description>${esc(a.site.description[locale])}</description>
<language>${intlLocale(locale)}</language>
<lastBuildDate>${rfc822(items[0]?.date ?? '2000-01-01')}</lastBuildDate>
<atom:link href="${esc(self)}" rel="self" type="application/rss+xml"/>
${body}
</channel>
</rss>
`;
}
