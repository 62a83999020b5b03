/**
 * The figures the README's Performance section reports, so `npm run bench` prints each measurement it
 * makes beside the last one published (issue 18). When the README gets new figures, this list gets
 * them too: tests/unit/bench-previous.test.ts checks that each one appears in the README as written
 * here. Builds vary by several seconds between runs on the same machine (see the README), so a
 * ratio near 1 is no change.
 */
export type Measured = 'full, cold image cache' | 'full, warm image cache' | 'one figure value' | 'the same figure value again' | 'one MDX body' | 'one source title' | 'slowest split shard' | 'merge';

export interface PreviousFigure {
  n: number;
  charts: boolean;
  measured: Measured;
  seconds: number;
  /** Where in the README, briefly: the date and what differed. */
  note: string;
}

export const PREVIOUS: PreviousFigure[] = [
  // The synthetic atlases' table (4–6 December), from before images were drawn: closest to a warm build now.
  { n: 100, charts: true, measured: 'full, warm image cache', seconds: 12.1, note: '4–6 December, before images were drawn' },
  { n: 100, charts: false, measured: 'full, warm image cache', seconds: 9.6, note: '4–6 December, before images were drawn' },
  { n: 1000, charts: true, measured: 'full, warm image cache', seconds: 64.2, note: '4–6 December, before images were drawn' },
  { n: 1000, charts: false, measured: 'full, warm image cache', seconds: 40.3, note: '4–6 December, before images were drawn' },
  // Cold builds at 1 000 clusters, 6 December (every image drawn).
  { n: 1000, charts: true, measured: 'full, cold image cache', seconds: 689, note: '6 December evening' },
  { n: 1000, charts: false, measured: 'full, cold image cache', seconds: 222, note: '6 December evening' },
  // Split builds, 4 December, under load (load average 16–18).
  { n: 1000, charts: true, measured: 'slowest split shard', seconds: 192.5, note: '4 December, load average 16–18' },
  { n: 1000, charts: true, measured: 'merge', seconds: 105.7, note: '4 December, load average 16–18' },
  // Incremental builds at 300 clusters with charts, 5 December (after a cold full build).
  { n: 300, charts: true, measured: 'full, cold image cache', seconds: 382.7, note: '5 December' },
  { n: 300, charts: true, measured: 'one figure value', seconds: 30.1, note: '5 December' },
  { n: 300, charts: true, measured: 'one MDX body', seconds: 26.2, note: '5 December' },
  { n: 300, charts: true, measured: 'one source title', seconds: 42.3, note: '5 December' },
  // Incremental builds at 10 000 clusters without charts (the bench's steps: a full build, then the first
  // figure change links the tree, the next ones start from the spare): 8 December night, engine a4bf8d9;
  // the MDX body and the source title from 7 December.
  { n: 10000, charts: false, measured: 'full, warm image cache', seconds: 334.2, note: '8 December night, a4bf8d9' },
  { n: 10000, charts: false, measured: 'one figure value', seconds: 27.5, note: '8 December night, a4bf8d9, tree linked' },
  { n: 10000, charts: false, measured: 'the same figure value again', seconds: 23.1, note: '8 December night, a4bf8d9, from the spare tree' },
  { n: 10000, charts: false, measured: 'one MDX body', seconds: 19.7, note: '7 December night' },
  { n: 10000, charts: false, measured: 'one source title', seconds: 421.5, note: '7 December afternoon, a full build in shards' },
  // The 10 000-cluster atlas with charts, image cache filled, nothing else running: 8 December night
  // (engines 317c313 and 25ed5d0); the MDX body from 7 December late evening (engine 3c7da17).
  { n: 10000, charts: true, measured: 'full, warm image cache', seconds: 578.8, note: '8 December night, 317c313' },
  { n: 10000, charts: true, measured: 'one figure value', seconds: 43.4, note: '8 December night, 317c313, tree linked' },
  { n: 10000, charts: true, measured: 'the same figure value again', seconds: 32.5, note: '8 December night, 25ed5d0, from the spare tree' },
  { n: 10000, charts: true, measured: 'one MDX body', seconds: 29.1, note: '7 December late evening' },
];

export function previousFigure(n: number, charts: boolean, measured: string): PreviousFigure | undefined {
  return PREVIOUS.find((p) => p.n === n && p.charts === charts && p.measured === measured);
}

/** " — README 28.1 s (7 December afternoon): now 0.95×", or "" when the README has no such figure. */
export function besideReadme(n: number, charts: boolean, measured: string, ms: number): string {
  const p = previousFigure(n, charts, measured);
  return p ? ` — README ${p.seconds} s (${p.note}): now ${(ms / 1000 / p.seconds).toFixed(2)}×` : '';
}
