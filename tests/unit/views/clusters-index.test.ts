// The clusters index's view (src/views/clusters-index.ts) read straight from content/clusters/, without a
// site build (checked against the page as built before the view existed). This atlas is small enough
// for one page; grouped indexes are tests/unit/groups.test.ts's and tests/build's.
import { describe, expect, it } from 'vitest';
import { routeFor } from '../../../src/lib/atlas.ts';
import { clustersIndexView } from '../../../src/views/clusters-index.ts';

describe('clustersIndexView', () => {
  const en = clustersIndexView(routeFor('clusters', 'en')!);
  const id = clustersIndexView(routeFor('clusters', 'id')!);

  it('is one page, titled by the collection', () => {
    expect(en.group.whole).toBe(true);
    expect(en.title).toBe('Clusters and centres');
    expect(en.crumbs).toEqual([{ label: 'Clusters and centres' }]);
    expect(en.columns).toEqual({ name: 'Name', product: 'Product', locality: 'Regency/city', region: 'Province' });
  });

  it('lists every cluster by province code, then title, linking the cluster and its province', () => {
    expect(en.rows.length).toBe(id.rows.length);
    expect(en.rows[0]!.region.href).toBe('/en/provinces/aceh/');
    const dogiyai = en.rows.find((r) => r.slug === 'kopi-dogiyai')!;
    expect(dogiyai).toMatchObject({ name: { href: '/en/clusters/kopi-dogiyai/' }, locality: 'Kab. Dogiyai', region: { href: '/en/provinces/papua-tengah/', text: 'Central Papua' } });
    expect(id.rows.find((r) => r.slug === 'kopi-dogiyai')!.name.href).toBe('/klaster/kopi-dogiyai/');
  });
});
