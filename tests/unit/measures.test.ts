import { describe, expect, it } from 'vitest';
import { headlineFirst, newerRecord, periodEnd, recordsByMeasure } from '../../src/lib/measures.ts';
import type { FigureRecord } from '../../src/validate/load-data.ts';

const fig = (id: string, period: string, measure?: string, stated?: string) => ({ id, period, measure, stated }) as unknown as FigureRecord;

describe('periodEnd orders periods by when they end', () => {
  it('puts a range at its end, a quarter and a half at their last month, a month after its days, a year after its months', () => {
    const ordered = ['2019-Q3', '2019-11-05', '2019-11', '2019', '2015/2020', '2020-H2'].map(periodEnd);
    expect([...ordered].sort()).toEqual(ordered);
  });
});

describe('newerRecord', () => {
  const figs = [fig('u.2019', '2019', 'u'), fig('u.2023', '2023-12', 'u'), fig('u.2022', '2022', 'u'), fig('w.2019', '2019')];
  const by = recordsByMeasure(figs);
  it('lists a measure newest first', () => {
    expect(by.get('u')!.map((f) => f.id)).toEqual(['u.2023', 'u.2022', 'u.2019']);
  });
  it('points an older record at the newest one, and the newest at nothing', () => {
    expect(newerRecord(figs[0]!, by)?.id).toBe('u.2023');
    expect(newerRecord(figs[2]!, by)?.id).toBe('u.2023');
    expect(newerRecord(figs[1]!, by)).toBeUndefined();
  });
  it('says nothing for a figure without a measure', () => {
    expect(newerRecord(figs[3]!, by)).toBeUndefined();
  });
  it('does not call a record of the same period "newer"', () => {
    const same = [fig('a', '2020', 'm', '2021-01-01'), fig('b', '2020', 'm', '2021-01-01')];
    const m = recordsByMeasure(same);
    expect(newerRecord(same[0]!, m)).toBeUndefined();
    expect(newerRecord(same[1]!, m)).toBeUndefined();
  });
});

describe('headlineFirst', () => {
  it('puts country-wide records before local ones, each group newest first', () => {
    const f = (id: string, period: string, scope: string) => ({ id, period, scope }) as unknown as FigureRecord;
    const list = [f('village', '2025', 'cluster:x'), f('n2019', '2019', 'national'), f('prov', '2024', 'region:11'), f('n2023', '2023', 'national')];
    expect(headlineFirst(list).map((r) => r.id)).toEqual(['n2023', 'n2019', 'village', 'prov']);
  });
});
