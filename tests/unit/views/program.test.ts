// The program page's view (src/views/program.ts) read straight from content/programs/*/*.mdx and
// data/conflicts.yaml, without a site build (checked against the pages as built before the view existed).
import { describe, expect, it } from 'vitest';
import { programView } from '../../../src/views/program.ts';

describe('programView', () => {
  const esmart = programView('e-smart-ikm', 'en');
  const east = programView('klaster-indonesia-timur', 'en');
  const jica = programView('kerja-sama-jica', 'id');

  it('states who runs it and since when; a program that names no province runs nationwide', () => {
    expect(esmart.agency).toBe('Ministry of Industry (Directorate General of IKM)');
    expect(esmart.start).toBe(2017);
    expect(esmart.end).toBeUndefined();
    expect(esmart.where).toBeUndefined();
    expect(esmart.map).toBeUndefined();
    expect(jica.partner).toBe('Japan International Cooperation Agency (JICA)');
  });

  it('maps the provinces it names, titled and breadcrumbed by its short name', () => {
    expect(east.where).toBe('Provinces');
    expect(east.map).toEqual({ codes: ['52', '53', '71', '72', '73', '74', '75', '76', '81', '82', '91', '92'], title: 'Where: Eastern Indonesia clusters', id: 'where-klaster-indonesia-timur' });
    expect(east.crumbs).toEqual([{ label: 'Programs', path: '/en/programs/' }, { label: 'Eastern Indonesia clusters' }]);
    expect(east.proseId).toBe('en/klaster-indonesia-timur');
  });

  it('does not table again the figures a <Conflict> in the prose already tables', () => {
    expect(esmart.reportFigureIds).toEqual(['esmart_ikm.budget.2017', 'esmart_ikm.deconcentration.2017', 'esmart_ikm.budget_plan.2018', 'esmart_ikm.target.2018']);
    expect(esmart.chartIds).toEqual([]);
    expect(programView('restrukturisasi-mesin', 'id').chartIds).toEqual(['restructuring-recipients', 'restructuring-value']);
  });

  it('lists its clusters as cards and cites its sources, then its figures’ sources', () => {
    expect(jica.clusters.heading).toBe('Klaster dan sentra');
    expect(jica.clusters.cards.map((c) => c.path)).toContain('/klaster/kopi-dogiyai/');
    expect(jica.clusters.cards.map((c) => c.title)).toEqual([...jica.clusters.cards.map((c) => c.title)].sort((x, y) => x.localeCompare(y)));
    expect(esmart.sourceIds.slice(0, 2)).toEqual(['kontan-2017-10-23', 'antara-2017']);
    expect(esmart.sourceIds).toHaveLength(8 + 12);
    expect(esmart.updated).toBe('2026-12-04');
  });

  it('refuses a program that does not exist', () => {
    expect(() => programView('atlantis', 'id')).toThrow(/no program/);
  });
});
