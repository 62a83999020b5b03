import { describe, expect, it } from 'vitest';
import { formatDate, formatPeriod, formatValue, ogLocale } from '../../src/lib/format.ts';
import type { Unit } from '../../src/schemas/index.ts';

const units: Record<string, Unit> = {
  units: { kind: 'count', label: { id: 'unit usaha', en: 'business units' } },
  idr: { kind: 'currency', currency: 'IDR' },
  pct: { kind: 'percent' },
  year: { kind: 'year' },
};

// Tags come from this atlas's data/site.yaml `locales` (id-ID, en-GB), read by src/shared/locales.ts.

describe('formatValue (the strings the design notes ask for)', () => {
  it('writes counts in words for millions when that is exact', () => {
    expect(formatValue(4_400_000, units.units!, 'id')).toBe('4,4 juta unit usaha');
    expect(formatValue(4_400_000, units.units!, 'en')).toBe('4.4 million business units');
  });
  it('never rounds: a count that is not exact in words is written in full', () => {
    expect(formatValue(4_209_817, units.units!, 'id')).toBe('4.209.817 unit usaha');
    expect(formatValue(4_209_817, units.units!, 'en')).toBe('4,209,817 business units');
  });
  it('writes rupiah amounts the Indonesian and the English way', () => {
    expect(formatValue(144_650_000_000, units.idr!, 'id')).toBe('Rp144,65 miliar');
    expect(formatValue(144_650_000_000, units.idr!, 'en')).toBe('IDR 144.65 billion');
    expect(formatValue(520_000_000_000_000, units.idr!, 'id')).toBe('Rp520 triliun');
  });
  it('keeps the decimals of percentages, including negative ones', () => {
    expect(formatValue(6.19, units.pct!, 'id')).toBe('6,19%');
    expect(formatValue(6.19, units.pct!, 'en')).toBe('6.19%');
    expect(formatValue(-0.24, units.pct!, 'id')).toBe('-0,24%');
  });
  it('prints years without grouping and qualifiers in words', () => {
    expect(formatValue(2013, units.year!, 'id')).toBe('2013');
    expect(formatValue(1730, units.units!, 'id', { qualifier: 'more_than' })).toBe('lebih dari 1.730 unit usaha');
    expect(formatValue(1730, units.units!, 'en', { qualifier: 'about' })).toBe('about 1,730 business units');
  });
  it('can leave the unit out', () => {
    expect(formatValue(4_400_000, units.units!, 'id', { withUnit: false })).toBe('4,4 juta');
  });
});

describe('periods and dates', () => {
  it('names quarters, halves, months, days and ranges per locale', () => {
    expect(formatPeriod('2019-Q3', 'id')).toBe('Triwulan III 2019');
    expect(formatPeriod('2019-Q3', 'en')).toBe('Q3 2019');
    expect(formatPeriod('2018-H1', 'id')).toBe('Semester I 2018');
    expect(formatPeriod('2015/2018', 'en')).toBe('2015–2018');
    expect(formatPeriod('2019-11', 'id')).toBe('November 2019');
    expect(formatPeriod('2019-11-01', 'en')).toBe('1 November 2019');
  });
  it('says "undated" rather than inventing a date', () => {
    expect(formatDate('undated', 'id')).toBe('tanpa tanggal');
    expect(formatDate('undated', 'en')).toBe('undated');
  });
});

describe('locale tags come from the atlas', () => {
  it("writes dates and Open Graph locales with the tags site.yaml's locales name", () => {
    expect(formatDate('2024-09-15', 'en')).toBe('15 September 2024'); // en-GB, not US order
    expect(ogLocale('id')).toBe('id_ID');
    expect(ogLocale('en')).toBe('en_GB');
  });
});
