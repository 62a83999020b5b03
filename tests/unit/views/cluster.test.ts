// The cluster page's view (src/views/cluster.ts) read straight from content/clusters/*/kopi-dogiyai.mdx,
// without a site build (checked against the page as built before the view existed).
import { describe, expect, it } from 'vitest';
import { clusterView } from '../../../src/views/cluster.ts';

describe('clusterView', () => {
  const en = clusterView('kopi-dogiyai', 'en');
  const id = clusterView('kopi-dogiyai', 'id');

  it('shows its names in the other language, tagged with that language', () => {
    expect(en.twins).toEqual([{ locale: 'id', label: 'In Indonesian', names: 'Kopi Dogiyai · Pengolahan kopi' }]);
    expect(id.twins.map((t) => t.locale)).toEqual(['en']);
  });

  it('links the province it is in now, and names the one the source wrote about', () => {
    expect(en.region).toEqual({ href: '/en/provinces/papua-tengah/', text: 'Central Papua', atSource: 'When the source was written, this place was in Papua.' });
    expect(en.locality.text).toBe('Kab. Dogiyai');
    expect(en.locality.note).toMatch(/^In 2017, when the source was written/);
    expect(en.coordinates).toBe('-4.0392, 136.0255');
    expect(en.locator.code).toBe('94');
  });

  it('links its programs and lists its figures: those the frontmatter names first', () => {
    expect(id.programs).toEqual([{ href: '/program/kerja-sama-jica/', text: id.programs[0]!.text }]);
    expect(en.programs[0]!.text).toBe('Kemenperin–JICA cooperation on small and medium industry');
    expect(en.figureIds.slice(0, 2)).toEqual(['cluster.kopi-dogiyai.machine_recipients.2016', 'cluster.kopi-dogiyai.ikm_built']);
    expect(new Set(en.figureIds).size).toBe(en.figureIds.length);
    expect(en.crumbs).toEqual([{ label: 'Clusters and centres', path: '/en/clusters/' }, { label: en.title }]);
    expect(en.updated).toBe('2026-12-04');
  });

  it('refuses a cluster that does not exist', () => {
    expect(() => clusterView('atlantis', 'id')).toThrow(/no cluster/);
  });
});
