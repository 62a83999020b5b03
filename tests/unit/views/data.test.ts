// The open-data catalogue's view (src/views/data.ts) read straight from this atlas's data, without a site
// build (checked against the page as built before the view existed).
import { describe, expect, it } from 'vitest';
import { atlas, routeFor } from '../../../src/lib/atlas.ts';
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
