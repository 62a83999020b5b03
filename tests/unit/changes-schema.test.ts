import { describe, expect, it } from 'vitest';
import { figureSchema, seriesMetaSchema, sourceSchema } from '../../src/schemas/index.ts';

const figure = { id: 'x.2024', value: 1250, unit: 'n', period: '2024', scope: 'national', label: { id: 'a', en: 'a' }, claimant: { id: 'b', en: 'b' }, source: 's' };

describe('change dates in the schemas', () => {
  it('accept added, changed and a revision list on a figure', () => {
    expect(figureSchema.safeParse({ ...figure, added: '2024-06-01', changed: '2024-09-15', revisions: [{ date: '2024-09-15', value: 1200, note: { id: 'ralat', en: 'erratum' } }] }).success).toBe(
      true,
    );
    expect(figureSchema.safeParse(figure).success).toBe(true); // all optional: the defaults are documented in src/lib/changes.ts
  });

  it('refuse dates out of order, partial dates and revisions without a value', () => {
    expect(figureSchema.safeParse({ ...figure, added: '2024-06-01', changed: '2024-05-01' }).success).toBe(false);
    expect(figureSchema.safeParse({ ...figure, added: '2024-06-01', revisions: [{ date: '2024-05-01', value: 1 }] }).success).toBe(false);
    expect(figureSchema.safeParse({ ...figure, changed: '2024-06-01', revisions: [{ date: '2024-07-01', value: 1 }] }).success).toBe(false);
    expect(figureSchema.safeParse({ ...figure, added: '2024-06' }).success).toBe(false);
    expect(figureSchema.safeParse({ ...figure, revisions: [{ date: '2024-07-01' }] }).success).toBe(false);
    expect(figureSchema.safeParse({ ...figure, revisions: [{ date: '2024-07-01', value: 1, extra: 1 }] }).success).toBe(false);
  });

  it('accept added and changed on sources and series, in order', () => {
    const source = { id: 's', publisher: 'P', title: 'T', date: '2024', language: 'en', kind: 'report' };
    expect(sourceSchema.safeParse({ ...source, added: '2024-06-01', changed: '2024-07-01' }).success).toBe(true);
    expect(sourceSchema.safeParse({ ...source, added: '2024-06-01', changed: '2024-05-01' }).success).toBe(false);
    const series = {
      title: { id: 'a', en: 'a' },
      description: { id: 'a', en: 'a' },
      unit: 'n',
      x: { field: 'x', type: 'category', label: { id: 'a', en: 'a' } },
      y: { field: 'y', label: { id: 'a', en: 'a' } },
      chart: 'bar',
      sources: ['s'],
      updated: '2024-06-01',
    };
    expect(seriesMetaSchema.safeParse({ ...series, added: '2024-06-01', changed: '2024-06-02' }).success).toBe(true);
    expect(seriesMetaSchema.safeParse({ ...series, added: '2024-06-03', changed: '2024-06-02' }).success).toBe(false);
  });
});
