// What an index page shows when its index is grouped (src/routes/groups.ts): the overview's tree of
// groups, or one group's entries, breadcrumbs and neighbours. Computed here so the layouts only render.
import { atlas, indexGroups, pathFor, regionName } from '../lib/atlas.ts';
import { t } from '../i18n/index.ts';
import { findGroup, flatGroups, groupKey, type GroupedIndex, type GroupNode } from '../routes/groups.ts';
import type { Route } from '../routes/table.ts';
import type { Locale } from '../schemas/index.ts';
import type { Crumb } from './types.ts';

export interface GroupLink {
  label: string;
  path: string;
  count: number;
  children: GroupLink[];
}

export interface GroupView {
  /** The index is one page (small atlas): render it as it always was. */
  whole: boolean;
  /** This page is the overview (the index's own address) of a grouped index. */
  overview: boolean;
  /** Entries listed on this page (a group without sub-groups lists all of its own); empty on an overview. */
  ids: string[];
  /** Sub-groups shown on this page (the whole tree on the overview). */
  tree: GroupLink[];
  /** This group's name and its ancestors' (for the title and breadcrumbs), root first. */
  trail: { label: string; path: string }[];
  total: number;
  previous?: { label: string; path: string };
  next?: { label: string; path: string };
}

export function groupLabel(node: GroupNode, locale: Locale): string {
  const a = atlas();
  const seg = node.segments.at(-1)!;
  if (node.level === 'region') {
    const r = a.regionBySlug.get(seg);
    return r ? regionName(r, locale) : seg;
  }
  if (node.level === 'topic') return a.topics[seg]?.[locale] ?? seg;
  return t(locale).groupPrefix(seg);
}

export function groupView(index: GroupedIndex, route: Route): GroupView {
  const root = indexGroups(index);
  const { locale } = route;
  const segments = route.ref ? route.ref.split('/') : [];
  const trail = findGroup(root, segments);
  if (!trail) throw new Error(`No group "${route.ref}" in the ${index} index`);
  const node = trail.at(-1) ?? root;
  const link = (n: GroupNode): { label: string; path: string } => ({ label: groupLabel(n, locale), path: pathFor(groupKey(index, n.segments), locale) });
  const tree = (n: GroupNode): GroupLink[] => n.children.map((c) => ({ ...link(c), count: c.ids.length, children: tree(c) }));
  const flat = flatGroups(root);
  const at = flat.indexOf(node);
  return {
    whole: root.children.length === 0,
    overview: segments.length === 0 && root.children.length > 0,
    ids: segments.length === 0 && root.children.length > 0 ? [] : node.listed,
    tree: tree(node),
    trail: trail.map(link),
    total: node.ids.length,
    previous: at > 0 ? link(flat[at - 1]!) : undefined,
    next: at >= 0 && at < flat.length - 1 ? link(flat[at + 1]!) : undefined,
  };
}

/**
 * An index page's title and breadcrumbs: the index's own name on the whole index and the overview; on a
 * group page the name with the group's trail ("Clusters: East Java, A–K"), the crumbs passing through
 * the index and the group's ancestors.
 */
export function groupHeading(view: GroupView, label: string, indexPath: string): { title: string; crumbs: Crumb[] } {
  if (view.whole || view.overview) return { title: label, crumbs: [{ label }] };
  return {
    title: `${label}: ${view.trail.map((g) => g.label).join(', ')}`,
    crumbs: [{ label, path: indexPath }, ...view.trail.slice(0, -1), { label: view.trail.at(-1)!.label }],
  };
}
