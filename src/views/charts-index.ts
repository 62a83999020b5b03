// What the charts index shows (/grafik/, /en/charts/, and its group pages when the index is grouped),
// computed and typed here so the layout (src/layouts/ChartsIndex.astro) only renders it, and a unit test
// can read it without a build.
import { t } from '../i18n/index.ts';
import { atlas, pathFor } from '../lib/atlas.ts';
import { formatDate } from '../lib/format.ts';
import type { Route } from '../routes/table.ts';
import { groupHeading, type GroupView, groupView } from './groups.ts';
import type { Card, Crumb } from './types.ts';

export interface ChartsIndexView {
  /** The index's groups (src/routes/groups.ts); `whole` when the index is one page. */
  group: GroupView;
  title: string;
  description: string;
  crumbs: Crumb[];
  /** The charts listed on this page, by title in the language, each with the day it was last updated. */
  cards: Card[];
}

export function chartsIndexView(route: Route): ChartsIndexView {
  const { locale } = route;
  const s = t(locale);
  const a = atlas();
  // A large atlas lists its charts by the first letters of their ids on group pages: src/routes/groups.ts.
  const group = groupView('charts', route);
  const listed = group.whole ? undefined : new Set(group.ids);
  const series = [...a.series.values()].filter((x) => !listed || listed.has(x.id)).sort((x, y) => x.meta.title[locale]!.localeCompare(y.meta.title[locale]!));
  return {
    group,
    ...groupHeading(group, s.charts, pathFor('charts', locale)),
    description: s.chartsDescription,
    cards: series.map((x) => ({
      title: x.meta.title[locale]!,
      path: pathFor(`chart:${x.id}`, locale),
      summary: x.meta.description[locale]!,
      meta: `${s.updated}: ${formatDate(x.meta.updated, locale)}`,
    })),
  };
}
