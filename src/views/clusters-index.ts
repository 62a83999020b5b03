// What the clusters index shows (/klaster/, /en/clusters/, and its group pages when the index is grouped),
// computed and typed here so the layout (src/layouts/ClustersIndex.astro) only renders it, and a unit test
// can read it without a build.
import { t } from '../i18n/index.ts';
import { atlas, docsIn, pathFor, regionName } from '../lib/atlas.ts';
import { href } from '../lib/url.ts';
import type { Route } from '../routes/table.ts';
import { groupHeading, type GroupView, groupView } from './groups.ts';
import type { Crumb, Link } from './types.ts';

export interface ClusterRow {
  slug: string;
  name: Link;
  product: string;
  locality: string;
  region: Link;
}

export interface ClustersIndexView {
  /** The index's groups (src/routes/groups.ts); `whole` when the index is one page. */
  group: GroupView;
  /** The page title, h1 and the table's caption: the index's name, on a group page with the group's. */
  title: string;
  description: string;
  crumbs: Crumb[];
  columns: { name: string; product: string; locality: string; region: string };
  /** The clusters listed on this page, by province code then title (none on a grouped index's overview). */
  rows: ClusterRow[];
}

export function clustersIndexView(route: Route): ClustersIndexView {
  const { locale } = route;
  const s = t(locale);
  const a = atlas();
  const c = a.site.collections.clusters;
  const regionWord = a.site.collections.regions.singular[locale]!;
  // A large atlas lists its clusters by province (then first letters) on group pages: src/routes/groups.ts.
  const group = groupView('clusters', route);
  const listed = group.whole ? undefined : new Set(group.ids);
  const clusters = docsIn('clusters', locale)
    .filter((d) => !listed || listed.has(d.slug))
    .sort((x, y) => x.data.region.localeCompare(y.data.region) || x.data.title.localeCompare(y.data.title));
  return {
    group,
    ...groupHeading(group, c.plural[locale]!, pathFor('clusters', locale)),
    description: c.description[locale]!,
    columns: { name: s.name, product: s.product, locality: s.locality, region: regionWord },
    rows: clusters.map((d) => {
      const r = a.regionByCode.get(d.data.region)!;
      return {
        slug: d.slug,
        name: { href: href(pathFor(`cluster:${d.slug}`, locale)), text: d.data.title },
        product: d.data.product,
        locality: d.data.locality,
        region: { href: href(pathFor(`region:${r.slug}`, locale)), text: regionName(r, locale) },
      };
    }),
  };
}
