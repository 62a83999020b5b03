import type { ValidatedAtlas } from '../../src/validate/index.ts';
import { chartGroups } from '../../src/lib/shard.ts';
import type { SearchGroups } from './search-index.ts';

/**
 * Which pages share a search bundle (scripts/lib/search-index.ts). A change to a figure re-renders
 * the figure's page, its cluster's (or region's) page and a few pages that summarise the whole
 * atlas (home, indexes, changes, sources, data). Bundles in path order scattered those over three
 * bundles of 5 000 pages per language at 10 000 clusters, each indexed again in full; grouped, the
 * entity's pages sit in one bundle and the summaries in small bundles of their own.
 *
 * Returns each entity page's HTML file (as search-index names it: "klaster/x/index.html") → its
 * group: the cluster, region or program page it belongs with, or its own route key. Pages absent
 * from the map are summaries ("hubs") and come first. Computed from the validated atlas, so a full
 * build, an incremental one and a merge of shards all make the same bundles.
 */
export function searchGroups(atlas: ValidatedAtlas): SearchGroups {
  const chartHome = chartGroups(atlas.content);
  const regionSlug = new Map(atlas.data.regions.map((r) => [r.value.code, r.value.slug]));
  const figureScope = new Map(atlas.data.figures.map((f) => [f.id, f.scope]));
  const groups: SearchGroups = {};
  for (const route of atlas.routes) {
    const group = groupOf(route.kind, route.key, route.ref);
    if (group !== undefined) groups[`${route.path.slice(1)}index.html`] = group;
  }
  return groups;

  function groupOf(kind: string, key: string, ref: string | undefined): string | undefined {
    switch (kind) {
      case 'cluster':
      case 'region':
      case 'program':
      case 'page':
        return key;
      case 'figure': {
        // With the page of the cluster or region it measures; a national or other figure stands alone.
        const scope = figureScope.get(ref!) ?? '';
        if (scope.startsWith('cluster:')) return scope;
        const slug = scope.startsWith('region:') ? regionSlug.get(scope.slice('region:'.length)) : undefined;
        return slug ? `region:${slug}` : key;
      }
      case 'chart':
      case 'embed':
        // With the document that shows the chart (the grouping Astro shards use, src/lib/shard.ts).
        return chartHome(key);
      default:
        return undefined;
    }
  }
}
