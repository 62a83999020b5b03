// The chart page's view (src/views/chart.ts) read straight from data/series/esmart-ikm.yaml and
// data/sources.yaml, without a site build (checked against the page as built before the view existed).
import { describe, expect, it } from 'vitest';
import { chartView } from '../../../src/views/chart.ts';

const SITE = 'https://atlas-ikm.example.org';

describe('chartView', () => {
  const en = chartView('esmart-ikm', 'en', SITE);
  const id = chartView('esmart-ikm', 'id', SITE);

  it('titles the page by the series, in the language, under the charts index', () => {
    expect(en.title).toBe('e-Smart IKM: participants and target');
    expect(id.title).toBe('e-Smart IKM: peserta dan target');
    expect(en.crumbs).toEqual([{ label: 'Charts', path: '/en/charts/' }, { label: en.title }]);
  });

  it('describes the page as a schema.org Dataset with its downloads and the sources that have a link', () => {
    expect(en.jsonLd).toMatchObject({ '@type': 'Dataset', url: 'https://atlas-ikm.example.org/en/charts/esmart-ikm/', inLanguage: 'en', dateModified: '2026-11-23' });
    expect(en.jsonLd.isBasedOn).toHaveLength(4);
    expect(en.jsonLd.isBasedOn[0]).toBe('https://amp.kontan.co.id/news/1265-ikm-terhubung-dalam-e-smart-ikm-kemenperin');
    expect(en.jsonLd.distribution.map((d) => d.contentUrl)).toEqual(['https://atlas-ikm.example.org/files/series/esmart-ikm.csv', 'https://atlas-ikm.example.org/files/series/esmart-ikm.json']);
    expect(id.jsonLd.url).toBe('https://atlas-ikm.example.org/grafik/esmart-ikm/');
  });

  it('refuses a chart that does not exist', () => {
    expect(() => chartView('no-such-chart', 'en', SITE)).toThrow(/no chart/);
  });
});
