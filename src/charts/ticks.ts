// Nice tick values (d3's algorithm, computed here so margins can be measured
// before Plot runs) and their formatting in the page locale.
import { numberFormat } from '../shared/intl.ts';

function tickStep(start: number, stop: number, count: number): number {
  const step0 = Math.abs(stop - start) / Math.max(1, count);
  let step1 = 10 ** Math.floor(Math.log10(step0));
  const error = step0 / step1;
  if (error >= Math.sqrt(50)) step1 *= 10;
  else if (error >= Math.sqrt(10)) step1 *= 5;
  else if (error >= Math.sqrt(2)) step1 *= 2;
  return step1;
}

/** About `count` round values covering [lo, hi]; the first and last enclose the data. */
export function niceTicks(lo: number, hi: number, count: number): number[] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [0, 1];
  if (lo > hi) [lo, hi] = [hi, lo];
  if (lo === hi) {
    if (lo === 0) return [0, 1];
    const pad = Math.abs(lo) * 0.5;
    [lo, hi] = lo > 0 ? [0, hi + pad] : [lo - pad, 0];
  }
  const step = tickStep(lo, hi, count);
  const digits = Math.max(0, -Math.floor(Math.log10(step)));
  const ticks: number[] = [];
  for (let i = Math.floor(lo / step); i <= Math.ceil(hi / step); i++) ticks.push(Number((i * step).toFixed(digits)) + 0);
  return ticks;
}

/**
 * Formatter for axis ticks in `locale`: as many decimals as the tick step
 * needs ("6,5", "1.000" in id-ID), compact ("4,4 jt", "4.4M") from a million up.
 */
export function tickFormatter(locale: string, ticks: readonly number[]): (n: number) => string {
  const max = Math.max(...ticks.map(Math.abs));
  if (max >= 1e6) {
    const nf = numberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
    return (n) => nf.format(n);
  }
  const step = ticks.length > 1 ? Math.abs(ticks[1]! - ticks[0]!) : 1;
  const digits = step > 0 ? Math.min(6, Math.max(0, -Math.floor(Math.log10(step) + 1e-9))) : 0;
  const nf = numberFormat(locale, { minimumFractionDigits: 0, maximumFractionDigits: digits });
  return (n) => nf.format(n);
}
