import { describe, expect, it } from 'vitest';
import { clusterSchema, figureSchema, programSchema, regionSchema, seriesMetaSchema, sourceSchema } from '../../src/schemas/index.ts';
import { zodProblems } from '../../src/validate/zod-problems.ts';

const figure = {
  id: 'ikm.units.2019',
  value: 4400000,
  unit: 'business-units',
  period: '2019',
  scope: 'national',
  label: { id: 'Unit usaha IKM', en: 'IKM business units' },
  claimant: { id: 'Menteri Perindustrian', en: 'Minister of Industry' },
  source: 'kontan-2019-11-03',
};

/** The editor-facing problems a record produces (field, expected, found). */
function problems(schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } }, value: unknown) {
  const r = schema.safeParse(value);
  if (r.success) return [];
  return zodProblems(r.error as never, value, { file: 'f.yaml' }).map(({ field, expected, found }) => ({ field, expected, found }));
}

describe('figure schema', () => {
  it('accepts a good record and fills defaults', () => {
    const r = figureSchema.parse(figure);
    expect(r).toMatchObject({ qualifier: 'exact', primary: false, caveat: false });
  });
  it('rejects a value written as text', () => {
    expect(problems(figureSchema, { ...figure, value: '4.400.000' })).toEqual([{ field: 'value', expected: 'a plain number (no quotes, no thousands separators)', found: '"4.400.000"' }]);
  });
  it('rejects a missing source', () => {
    const { source: _s, ...rest } = figure;
    expect(problems(figureSchema, rest)).toEqual([{ field: 'source', expected: 'an id (lowercase letters, digits, ".", "_" and "-")', found: 'nothing (the field is missing)' }]);
  });
  it('rejects a period that is not one', () => {
    expect(problems(figureSchema, { ...figure, period: '2019-Q5' })[0]).toMatchObject({ field: 'period', found: '"2019-Q5"' });
    expect(problems(figureSchema, { ...figure, period: '2018/2015' })[0]).toMatchObject({ field: 'period' });
    expect(problems(figureSchema, { ...figure, period: '2015/2018' })).toEqual([]);
  });
  it('asks for a scope label when the scope is "other", and for a note when caveat is set', () => {
    expect(problems(figureSchema, { ...figure, scope: 'other' })).toEqual([
      { field: 'scope_label', expected: 'a scope_label in both languages when scope is "other"', found: 'nothing (the field is missing)' },
    ]);
    expect(problems(figureSchema, { ...figure, caveat: true })[0]).toMatchObject({ field: 'note' });
  });
  it('rejects a misspelt field by name', () => {
    expect(problems(figureSchema, { ...figure, sourec: 'x' })).toEqual([{ field: '(root)', expected: 'only the documented fields', found: 'unknown field "sourec"' }]);
  });
  it('rejects text in one language only', () => {
    expect(problems(figureSchema, { ...figure, label: { id: 'Unit usaha' } })[0]).toMatchObject({ field: 'label.en', found: 'nothing (the field is missing)' });
  });
});

describe('source schema', () => {
  const source = { id: 'kontan-2019-11-03', publisher: 'Kontan', title: 'Pacu industri', date: '2019-11-03', language: 'id', kind: 'news' };
  it('accepts full, partial and missing dates', () => {
    for (const date of ['2019-11-03', '2019-11', '2019', 'undated']) expect(sourceSchema.safeParse({ ...source, date }).success, date).toBe(true);
  });
  it('rejects dates that are not on the calendar', () => {
    for (const date of ['2019-02-30', '2019-13', '03/11/2019', '2019-11-3']) expect(sourceSchema.safeParse({ ...source, date }).success, date).toBe(false);
  });
  it('rejects a kind outside the list and a non-web URL', () => {
    expect(problems(sourceSchema, { ...source, kind: 'tweet' })[0]).toMatchObject({ field: 'kind', expected: 'one of news, blog, regulation, statistics, report, dataset, reference' });
    expect(problems(sourceSchema, { ...source, url: 'javascript:alert(1)' })[0]).toMatchObject({ field: 'url', expected: 'a web address starting with https:// or http://' });
  });
});

describe('region, cluster, program and series schemas', () => {
  it('region: a tile label must be short capitals', () => {
    const region = {
      code: '12',
      slug: 'sumatera-utara',
      name: 'Sumatera Utara',
      name_en: 'North Sumatra',
      name_official: 'SUMATERA UTARA',
      short: 'SU',
      capital: 'Medan',
      island_group: 'Sumatera',
      lat: 3.5,
      lon: 98.6,
      tile_col: 1,
      tile_row: 1,
      formed_year: null,
      formed_from: [],
    };
    expect(regionSchema.safeParse(region).success).toBe(true);
    expect(problems(regionSchema, { ...region, short: 'Sumut' })[0]).toMatchObject({ field: 'short' });
  });
  it('cluster: coordinates are an object of numbers', () => {
    const cluster = { title: 'T', summary: 'S', product: 'P', region: '12', locality: 'L', coordinates: { lat: 2.6, lon: 98.7 }, sources: ['s'], updated: '2026-11-23' };
    expect(clusterSchema.safeParse(cluster).success).toBe(true);
    expect(problems(clusterSchema, { ...cluster, coordinates: [2.6, 98.7] })[0]).toMatchObject({ field: 'coordinates' });
    expect(problems(clusterSchema, { ...cluster, updated: '23-11-2026' })[0]).toMatchObject({ field: 'updated', expected: 'a full date like "2026-11-23" (a real calendar date)' });
  });
  it('program: the end year is not before the start year', () => {
    const program = { title: 'T', summary: 'S', agency: 'A', start: 2013, end: 2016, sources: ['s'], updated: '2026-11-23' };
    expect(programSchema.safeParse(program).success).toBe(true);
    expect(problems(programSchema, { ...program, end: 2010 })).toEqual([{ field: 'end', expected: 'an end year on or after the start year', found: '2010' }]);
  });
  it('series: a grouped chart needs its group column, a tile map a region axis', () => {
    const meta = {
      title: { id: 'a', en: 'a' },
      description: { id: 'a', en: 'a' },
      unit: 'percent',
      x: { field: 'period', type: 'period', label: { id: 'a', en: 'a' } },
      y: { field: 'value', label: { id: 'a', en: 'a' } },
      chart: 'line',
      sources: ['s'],
      updated: '2026-11-23',
    };
    expect(seriesMetaSchema.safeParse(meta).success).toBe(true);
    expect(problems(seriesMetaSchema, { ...meta, chart: 'grouped-bar' })[0]).toMatchObject({ field: 'group' });
    expect(problems(seriesMetaSchema, { ...meta, chart: 'tilemap' })[0]).toMatchObject({ field: 'x.type', expected: 'x type "region" for a tilemap' });
  });
});
