// The figure page's view (src/views/figure.ts) read straight from this atlas's data, without a site
// build: each expectation below restates data/figures/ikm-structure.yaml and data/sources.yaml.
import { describe, expect, it } from 'vitest';
import { figureView } from '../../../src/views/figure.ts';

const SITE = 'https://atlas-ikm.example.org';

describe('figureView', () => {
  const id = figureView('ikm.units.2022', 'id', SITE);
  const en = figureView('ikm.units.2022', 'en', SITE);

  it('writes the value with its qualifier and unit, in each language', () => {
    expect(id.value).toBe('sekitar 4,4 juta unit usaha');
    expect(en.label).toBe('IKM business units, 2022');
    expect(id.period).toBe('Agustus 2022');
  });

  it('names the claimant apart from the publisher, and says the source is not the claimant’s own release', () => {
    expect(id.claimant).toBe('Dirjen IKMA Kemenperin Reni Yanita');
    expect(id.source.id).toBe('suaramerdeka-2022-08-08');
    expect(id.source.listHref).toBe('/sumber/#src-suaramerdeka-2022-08-08');
    expect(id.provenance).toContain(id.source.publisher);
    expect(id.scope).toEqual({ text: 'Nasional' });
  });

  it('carries the definition and the note, which is no warning', () => {
    expect(en.definition).toMatch(/^Number of small and medium industry \(IKM\) business units/);
    expect(id.note).toEqual({ text: 'Sumber yang sama menyebut IKM sebagai 99,7% unit usaha industri, dengan 62,21% di antaranya di Jawa.', caution: false });
  });

  it('points to the newer record of the same measure (2023), with the page address in the language', () => {
    expect(id.newer?.href).toBe('/angka/ikm.units.2023/');
    expect(en.newer?.href).toBe('/en/figures/ikm.units.2023/');
    expect(id.newer?.text).toContain('4,19 juta unit usaha');
  });

  it('cites the figure with its permalink, and lists the pages that use it', () => {
    expect(id.citation).toContain(`${SITE}/angka/ikm.units.2022/`);
    expect(en.citation).toContain(`${SITE}/en/figures/ikm.units.2022/`);
    for (const l of id.usedOn) expect(l.href).toMatch(/^\/[a-z]/);
  });

  it('refuses an id the atlas does not have', () => {
    expect(() => figureView('no.such.figure', 'id', SITE)).toThrow('no figure "no.such.figure"');
  });
});
