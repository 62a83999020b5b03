// The open-data catalogue's view (src/views/data.ts) read straight from this atlas's data, without a site
// build (checked against the page as built before the view existed).
import { describe, expect, it } from 'vitest';
import { atlas, routeFor } from '../../../src/lib/atlas.ts';
import { datasets, datasetsWhere } from '../../../src/lib/datasets.ts';
import { beginOutput, readBy } from '../../../src/lib/track.ts';
import { dataView } from '../../../src/views/data.ts';

const SITE = 'https://atlas-ikm.example.org';

describe('dataView', () => {
  const en = dataView(routeFor('data', 'en')!, SITE);

  it('lists the atlas-wide datasets, then one per chart series', () => {
    expect(en.datasets.map((d) => d.id).slice(0, 7)).toEqual(['figures', 'provinces', 'clusters', 'programs', 'sources', 'changes', 'series-esmart-ikm']);
    expect(en.datasets).toHaveLength(6 + atlas().series.size);
    const provinces = en.datasets[1]!;
    expect(provinces).toMatchObject({ rows: '38', csv: '/files/provinces.csv', json: '/files/provinces.json', chart: undefined });
    const esmart = en.datasets[6]!;
    expect(esmart.chart).toBe('/en/charts/esmart-ikm/');
    expect(esmart.sources[0]).toEqual({ href: '/en/sources/#src-kontan-2017-10-23', text: 'Kontan' });
  });

  it('describes each dataset as a schema.org Dataset with an id on this page', () => {
    const graph = en.jsonLd['@graph'];
    expect(graph).toHaveLength(en.datasets.length);
    expect(graph[6]).toMatchObject({ '@id': 'https://atlas-ikm.example.org/en/data/#series-esmart-ikm', name: 'e-Smart IKM: participants and target', inLanguage: 'en' });
    expect(graph[6]!.distribution[0]!.contentUrl).toBe('https://atlas-ikm.example.org/files/series/esmart-ikm.csv');
  });

  it('links the Data Package and the feed, titled Open data', () => {
    expect(en.title).toBe('Open data');
    expect(en.datapackage).toBe('/datapackage.json');
    expect(en.feed).toMatch(/^\/en\//);
  });
});

describe('the datasets a data page lists', () => {
  const ids = (list: { id: string }[]) => list.map((d) => d.id);
  const [first, second] = [...atlas().series.keys()];

  it('are those of the whole list, in its order, for any choice of series, with or without the atlas-wide ones', () => {
    const all = datasets();
    expect(ids(datasetsWhere(true, () => true))).toEqual(ids(all));
    expect(ids(datasetsWhere(false, (id) => id === second || id === first))).toEqual(ids(all).filter((id) => id === `series-${first}` || id === `series-${second}`));
    expect(ids(datasetsWhere(true, () => false))).toEqual(['figures', 'provinces', 'clusters', 'programs', 'sources', 'changes']);
    expect(datasetsWhere(false, (id) => id === first)[0]).toEqual(all.find((d) => d.id === `series-${first}`));
  });

  it('read only what they list: a page of series does not depend on every figure, as the whole list does', () => {
    beginOutput('test/whole.html');
    datasets();
    beginOutput('test/group.html');
    datasetsWhere(false, (id) => id === first);
    const whole = readBy('test/whole.html');
    const group = readBy('test/group.html');
    expect(whole).toContain('all:figures');
    expect(group).not.toContain('all:figures');
    expect(group.length).toBeLessThan(whole.length);
  });
});
