// What the figures index shows (/angka/, /en/figures/, and its group pages when the index is grouped),
// computed and typed here so the layout (src/layouts/FiguresIndex.astro) only renders it, and a unit test
// can read it without a build: every figure, one table per topic by importance, and the filter form's
// choices (public/explore.js shows the form).
import { t } from '../i18n/index.ts';
import { atlas, pathFor } from '../lib/atlas.ts';
import { periodEnd } from '../lib/measures.ts';
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
  // A large atlas lists its figures by topic (then first letters of their ids) on group pages
  // (src/routes/groups.ts); a group page has one sortable table, without the filter form, which works
  // on the whole list. Only the whole index reads every figure (its topics, years and regions): a group
  // page or the overview that read them all would depend on every figure, and one changed figure would
  // send every group page of a 10 000-cluster atlas (432 of them) back to the renderer.
  const group = groupView('figures', route);
  const whole = group.whole;
  const topics = whole ? topicsByImportance(locale) : [];
  const years = whole ? figureYears() : [];
  const regions = whole ? figureRegions(locale) : [];
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
    groupIds: group.whole || group.overview ? [] : groupOrder(group.ids, locale),
  };
}

/**
 * A group page's figures in the whole index's order (topics by importance, newest first inside a
 * topic), reading only those figures: a group holds one topic (the tree's first level, see
 * src/routes/groups.ts), and only a group of several topics needs their order, from every figure.
 */
function groupOrder(ids: readonly string[], locale: Route['locale']): string[] {
  const a = atlas();
  const figures = ids.map((id) => a.figures.get(id)!).sort((x, y) => periodEnd(y.period).localeCompare(periodEnd(x.period)) || x.id.localeCompare(y.id));
  const topicsHere = new Set(figures.map((f) => f.topic));
  if (topicsHere.size <= 1) return figures.map((f) => f.id);
  const order = topicsByImportance(locale).map((g) => g.id);
  return order.flatMap((topic) => figures.filter((f) => f.topic === topic).map((f) => f.id));
}
