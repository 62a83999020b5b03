// What the figures index shows (/angka/, /en/figures/, and its group pages when the index is grouped),
// computed and typed here so the layout (src/layouts/FiguresIndex.astro) only renders it, and a unit test
// can read it without a build: every figure, one table per topic by importance, and the filter form's
// choices (public/explore.js shows the form).
import { t } from '../i18n/index.ts';
import { pathFor } from '../lib/atlas.ts';
import { figureRegions, figureYears, topicsByImportance } from '../lib/explorer.ts';
import { href } from '../lib/url.ts';
import type { Route } from '../routes/table.ts';
import { groupHeading, type GroupView, groupView } from './groups.ts';
import type { Crumb, Link } from './types.ts';

export interface FiguresIndexView {
  /** The index's groups (src/routes/groups.ts); `whole` when the index is one page. */
  group: GroupView;
  /** The page title and h1; on a group page also its table's caption. */
  title: string;
  description: string;
  crumbs: Crumb[];
  /** The charts index and the open data, linked under the lede. */
  related: [Link, Link];
  /** Where the filter form submits: this page, whose filters public/explore.js reads back from the address. */
  formAction: string;
  /** Topics by importance, each with its figures' ids (newest first). */
  topics: { id: string; label: string; ids: string[] }[];
  years: string[];
  regions: { code: string; name: string }[];
  /** On a group page: its figures, in the topics' order. */
  groupIds: string[];
}

export function figuresIndexView(route: Route): FiguresIndexView {
  const { locale } = route;
  const s = t(locale);
  const topics = topicsByImportance(locale);
  const years = figureYears();
  const regions = figureRegions(locale);
  // A large atlas lists its figures by topic (then first letters of their ids) on group pages
  // (src/routes/groups.ts); a group page has one sortable table, without the filter form, which works
  // on the whole list.
  const group = groupView('figures', route);
  const listed = new Set(group.ids);
  return {
    group,
    ...groupHeading(group, s.figures, pathFor('figures', locale)),
    description: s.figuresDescription,
    related: [
      { href: href(pathFor('charts', locale)), text: s.charts },
      { href: href(pathFor('data', locale)), text: s.openData },
    ],
    formAction: href(pathFor('figures', locale)),
    topics: topics.map((g) => ({ id: g.id, label: g.label, ids: g.figures.map((f) => f.id) })),
    years,
    regions,
    groupIds: group.whole || group.overview ? [] : topics.flatMap((g) => g.figures.filter((f) => listed.has(f.id)).map((f) => f.id)),
  };
}
