// Index pages that don't grow (src/routes/groups.ts): the group tree, and the routes it adds to the
// route table, on a synthetic atlas with a small threshold, without building a site.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateSyntheticAtlas } from '../../scripts/lib/synthetic.ts';
import { findGroup, flatGroups, groupTree, type GroupEntry } from '../../src/routes/groups.ts';
import { buildRoutes, indexTree, routeCollisions } from '../../src/routes/table.ts';
import { validateAtlas } from '../../src/validate/index.ts';

const entries = (ids: string[], key = (id: string) => id.split('-')[0]!): GroupEntry[] => ids.map((id) => ({ id, keys: [key(id)] }));

describe('groupTree', () => {
  it('keeps an index that fits one page whole', () => {
    const tree = groupTree(entries(['a-1', 'b-1', 'c-1']), ['region'], 3);
    expect(tree.children).toEqual([]);
    expect(tree.ids).toEqual(['a-1', 'b-1', 'c-1']);
  });

  it('groups by the stable property first, then splits a group too large by first letters of the ids', () => {
    const ids = ['x-apel', 'x-anggur', 'x-bayam', 'x-bawang', 'x-ceri', 'y-duku'];
    const tree = groupTree(entries(ids), ['region'], 2);
    expect(tree.children.map((c) => c.segments)).toEqual([['x'], ['y']]);
    // Every id of x starts with "x-": its groups are the next letter after that shared prefix, at one
    // segment each, however long the prefix grows.
    const x = findGroup(tree, ['x'])!.at(-1)!;
    expect(x.children.map((c) => [c.segments, c.ids])).toEqual([
      [
        ['x', 'x-a'],
        ['x-anggur', 'x-apel'],
      ],
      [
        ['x', 'x-b'],
        ['x-bawang', 'x-bayam'],
      ],
      [['x', 'x-c'], ['x-ceri']],
    ]);
    expect(findGroup(tree, ['x', 'x-b'])!.map((g) => g.segments.join('/'))).toEqual(['x', 'x/x-b']);
    // Each leaf holds at most two entries, and every entry is in exactly one leaf.
    const leaves = flatGroups(tree).filter((g) => g.children.length === 0);
    expect(leaves.every((g) => g.ids.length <= 2)).toBe(true);
    expect(leaves.flatMap((g) => g.ids).sort()).toEqual([...ids].sort());
  });

  it('lists an id equal to the prefix its sub-groups extend on the group’s own page', () => {
    const tree = groupTree(
      ['k', 'ka', 'kb', 'kc'].map((id) => ({ id, keys: [] })),
      [],
      2,
    );
    expect(tree.listed).toEqual(['k']);
    expect(tree.children.map((c) => c.segments)).toEqual([['ka'], ['kb'], ['kc']]);
  });

  it('does not move any group when unrelated entries are added', () => {
    const before = groupTree(entries(['a-1', 'a-2', 'b-1', 'b-2']), ['region'], 2);
    const after = groupTree(entries(['a-1', 'a-2', 'b-1', 'b-2', 'c-1', 'c-2', 'c-3']), ['region'], 2);
    const addresses = (t: typeof before) => new Map(flatGroups(t).map((g) => [g.segments.join('/'), g.ids]));
    expect([...addresses(before).keys()]).toEqual(['a', 'b']);
    for (const [address, ids] of addresses(before)) expect(addresses(after).get(address)).toEqual(ids);
  });
});

describe('grouped index routes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-groups-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  generateSyntheticAtlas(dir, { clusters: 30, charts: true, maxIndexEntries: 4 });
  const { atlas, problems } = validateAtlas(dir);
  const routes = atlas!.routes;

  it('validates, with no URL claimed twice', () => {
    expect(problems).toEqual([]);
    expect(routeCollisions(routes)).toEqual([]);
  });

  it('gives every group a page in both languages under the same key, below the index and its group word', () => {
    for (const index of ['clusters', 'figures', 'charts', 'data'] as const) {
      const groups = routes.filter((r) => r.key.startsWith(`${index}/`));
      expect(groups.length).toBeGreaterThan(0);
      const keys = new Set(groups.map((r) => r.key));
      for (const key of keys)
        expect(
          groups
            .filter((r) => r.key === key)
            .map((r) => r.locale)
            .sort(),
        ).toEqual(['en', 'id']);
    }
    // Clusters by province (a region slug), then letters: /klaster/kelompok/<province>/…
    const clusterGroups = routes.filter((r) => r.key.startsWith('clusters/') && r.locale === 'id');
    expect(clusterGroups.every((r) => /^\/klaster\/kelompok\/[a-z0-9-]+\/([^/]+\/)*$/.test(r.path))).toBe(true);
    expect(new Set(clusterGroups.map((r) => r.path.split('/')[3])).size).toBe(6);
    expect(routes.filter((r) => r.key.startsWith('figures/') && r.locale === 'en').every((r) => r.path.startsWith('/en/figures/groups/'))).toBe(true);
  });

  it('puts every cluster, figure and chart on a group page of at most four entries, reachable from the overview', () => {
    const site = atlas!.data.site;
    for (const [index, count] of [
      ['clusters', 30],
      ['figures', 90],
      ['charts', 30],
    ] as const) {
      const tree = indexTree(site, atlas!.inventory, index);
      const leaves = flatGroups(tree).filter((g) => g.children.length === 0);
      expect(leaves.flatMap((g) => g.ids)).toHaveLength(count);
      expect(leaves.every((g) => g.ids.length <= 4)).toBe(true);
    }
  });

  it('adds no group page to an atlas whose indexes fit one page', () => {
    const site = { ...atlas!.data.site, index_pages: { ...atlas!.data.site.index_pages, max_entries: 1000 } };
    expect(buildRoutes(site, atlas!.inventory).filter((r) => r.key.includes('/'))).toEqual([]);
  });

  it('asks for the group pages’ URL word once an index groups', () => {
    const site = { ...atlas!.data.site, index_pages: { max_entries: 4 } };
    expect(buildRoutes(site, atlas!.inventory).filter((r) => r.key.includes('/'))).toEqual([]);
  });
});
