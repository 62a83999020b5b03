// The embed page's view (src/views/embed.ts) read straight from data/series/esmart-ikm.yaml, without a
// site build (checked against the page as built before the view existed).
import { describe, expect, it } from 'vitest';
import { embedPageView } from '../../../src/views/embed.ts';

const SITE = 'https://atlas-ikm.example.org';

describe('embedPageView', () => {
  const en = embedPageView('esmart-ikm', 'en', SITE);

  it('names the chart and points at its page', () => {
    expect(en.documentTitle).toBe('e-Smart IKM: participants and target · Atlas IKM');
    expect(en.canonical).toBe('https://atlas-ikm.example.org/en/charts/esmart-ikm/');
    expect(en.chartHref).toBe('/en/charts/esmart-ikm/');
    expect(en.address).toBe('atlas-ikm.example.org/en/charts/esmart-ikm/');
    expect(en.noteHref).toBe('/en/charts/esmart-ikm/#chart-esmart-ikm-note');
    expect(en.citeHref).toBe('/en/charts/esmart-ikm/#chart-esmart-ikm-cite');
  });

  it('links its sources in the list of sources, and credits it in its schema.org Dataset', () => {
    expect(en.sources[0]).toEqual({ href: '/en/sources/#src-kontan-2017-10-23', text: 'Kontan, 23 October 2017' });
    expect(en.creditWords).toEqual({ site: 'Atlas IKM', licence: 'CC BY 4.0', note: 'Note', cite: 'Cite' });
    expect(en.jsonLd.creditText).toMatch(/^Atlas IKM, “e-Smart IKM: participants and target”\. Data: Kontan, 23 October 2017;/);
  });

  it('hands over the chart with its links opening in the host’s window', () => {
    expect(en.wide).toMatch(/^<svg/);
    expect(en.wide).not.toMatch(/<a (?![^>]*target="_top")/);
    expect(() => embedPageView('no-such-chart', 'en', SITE)).toThrow(/no chart/);
  });
});
