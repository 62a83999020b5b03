// What the changelog shows (/perubahan/, /en/changes/): what the atlas added and changed, day by day,
// newest first (src/lib/changes.ts). Computed and typed here so the layout (src/layouts/ChangesPage.astro)
// only renders it, and a unit test can read it without a build. The page lists at most changesOnPage()
// changes, so that it does not grow with the atlas (issue 18); the table of changes (/files/changes.csv
// and .json) holds all of them.
import { t } from '../i18n/index.ts';
import { atlas, pathFor } from '../lib/atlas.ts';
import { type Change, type ChangeKind, changesByDay, changesOnPage, valueSteps } from '../lib/changes.ts';
import { sourceShort } from '../lib/cite.ts';
import { datasetLink } from '../lib/datasets.ts';
import { formatDate, formatNumber, formatPeriod, formatValue } from '../lib/format.ts';
import { href } from '../lib/url.ts';
import { feedPath } from '../routes/table.ts';
import type { Locale } from '../schemas/index.ts';
import type { Crumb, Link } from './types.ts';

/** One change: a link to what changed, and for a changed figure its value before and after. */
export type ChangeItem = Link & { detail?: string };

export interface ChangesView {
  title: string;
  description: string;
  crumbs: Crumb[];
  feed: Link;
  /** Each day (ISO date, and as written for the language), its changes by kind, kinds with none left out;
   * `more`: how many of a kind's changes that day the page leaves out ("… and 120 more"). */
  days: { date: string; dateText: string; kinds: { kind: ChangeKind; heading: string; items: ChangeItem[]; more?: string }[] }[];
  /** When the page leaves changes out: what it shows of how many, and the table that holds them all. */
  cut?: { text: string; csv: Link; json: Link };
}

const KINDS: ChangeKind[] = ['figure-changed', 'series-changed', 'source-changed', 'figure-added', 'series-added', 'source-added'];

export function changesView(locale: Locale, limit = changesOnPage()): ChangesView {
  const s = t(locale);
  const a = atlas();
  const sourcesPath = href(pathFor('sources', locale));
  const item = (c: Change): ChangeItem => {
    const [, ref] = c.ref.split(/:(.*)/s) as [string, string];
    if (c.kind.startsWith('figure')) {
      const f = a.figures.get(ref)!;
      const unit = a.units[f.unit]!;
      const fmt = (n: number) => formatValue(n, unit, locale, { qualifier: f.qualifier });
      const step =
        c.kind === 'figure-changed'
          ? valueSteps(f)
              .filter((x) => x.date === c.date)
              .at(-1)
          : undefined;
      return { text: `${f.label[locale]}, ${formatPeriod(f.period, locale)}: ${fmt(f.value)}`, href: href(pathFor(c.ref, locale)), detail: step ? `${fmt(step.from)} → ${fmt(step.to)}` : undefined };
    }
    if (c.kind.startsWith('series')) return { text: a.series.get(ref)!.meta.title[locale]!, href: href(pathFor(c.ref, locale)) };
    const src = a.sources.get(c.ref)!;
    return { text: `${sourceShort(src, locale)}: “${src.title}”`, href: `${sourcesPath}#src-${src.id}` };
  };
  // Newest first until the page holds `limit` changes: a kind's list that day is cut where the limit
  // falls (its heading keeps the whole count), and the days after it are left to the table of changes.
  let left = limit;
  let total = 0;
  const days: ChangesView['days'] = [];
  for (const day of changesByDay()) {
    total += day.changes.length;
    if (left === 0) continue;
    const kinds = KINDS.flatMap((kind) => {
      const list = day.changes.filter((c) => c.kind === kind);
      if (list.length === 0) return [];
      const shown = list.slice(0, left);
      left -= shown.length;
      const more = list.length - shown.length;
      return [{ kind, heading: `${s.changeKinds[kind]} (${formatNumber(list.length, locale)})`, items: shown.map(item), ...(more > 0 && { more: s.changesMore(formatNumber(more, locale)) }) }];
    });
    days.push({ date: day.date, dateText: formatDate(day.date, locale), kinds });
  }
  const shown = limit - left;
  return {
    title: s.changesTitle,
    description: s.changesIntro,
    crumbs: [{ label: s.changesTitle }],
    feed: { href: href(feedPath(locale)), text: s.changesFeed },
    days,
    ...(shown < total && {
      cut: {
        text: s.changesCut(formatNumber(shown, locale), formatNumber(total, locale)),
        csv: datasetLink('changes', 'csv'),
        json: datasetLink('changes', 'json'),
      },
    }),
  };
}
