// The small helpers the kinds rely on for layout: nice ticks, locale tick
// formatting, text width estimates, wrapping and truncation.
import { describe, expect, it } from 'vitest';
import { measure, truncate, wrap } from '../../../src/charts/text.ts';
import { niceTicks, tickFormatter } from '../../../src/charts/ticks.ts';

describe('niceTicks', () => {
  it('covers the data with round steps', () => {
    expect(niceTicks(0, 1450.5, 6)).toEqual([0, 200, 400, 600, 800, 1000, 1200, 1400, 1600]);
    expect(niceTicks(1.89, 6.18, 6)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(niceTicks(0.1, 0.7, 3)).toEqual([0, 0.2, 0.4, 0.6, 0.8]); // no 0.6000000000000001
    expect(niceTicks(-3, 5, 4)).toEqual([-4, -2, 0, 2, 4, 6]);
  });

  it('survives degenerate input', () => {
    expect(niceTicks(0, 0, 5)).toEqual([0, 1]);
    expect(niceTicks(Infinity, -Infinity, 5)).toEqual([0, 1]);
    expect(niceTicks(4, 4, 4)).toEqual([0, 2, 4, 6]); // a single value gets a zero baseline and headroom
  });
});

describe('tickFormatter', () => {
  it('id-ID: dot thousands, comma decimals, compact millions', () => {
    expect([0, 500, 1000, 1500].map(tickFormatter('id-ID', [0, 500, 1000, 1500]))).toEqual(['0', '500', '1.000', '1.500']);
    expect([6, 6.5, 7].map(tickFormatter('id-ID', [6, 6.5, 7]))).toEqual(['6', '6,5', '7']);
    expect([0, 2e6, 4.5e6].map(tickFormatter('id-ID', [0, 2e6, 4e6]))).toEqual(['0', '2\u00a0jt', '4,5\u00a0jt']); // Intl puts a no-break space before the unit
  });

  it('en-GB: comma thousands, point decimals', () => {
    expect([1000, 6.5].map(tickFormatter('en-GB', [0, 0.5]))).toEqual(['1,000', '6.5']);
  });
});

describe('text', () => {
  it('estimates wider text as wider', () => {
    expect(measure('')).toBe(0);
    expect(measure('MMMM')).toBeGreaterThan(measure('iiii'));
    expect(measure('Kepulauan Bangka Belitung')).toBeGreaterThan(140);
  });

  it('truncates with an ellipsis only when needed', () => {
    expect(truncate('Bali', 100)).toBe('Bali');
    const t = truncate('Kepulauan Bangka Belitung', 80);
    expect(t.endsWith('…')).toBe(true);
    expect(measure(t)).toBeLessThanOrEqual(80);
  });

  it('wraps at word boundaries within the width', () => {
    const lines = wrap('Jumlah unit usaha industri kecil dan menengah menurut provinsi', 150);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Jumlah unit usaha industri kecil dan menengah menurut provinsi');
    for (const l of lines) expect(measure(l)).toBeLessThanOrEqual(150);
  });
});
