/**
 * Wall time of a build's steps, printed with its last line, so a slow step shows without a profiler
 * (npm run bench reads it for incremental builds).
 */
export function phaseClock() {
  let last = performance.now();
  const spent: [string, number][] = [];
  return {
    /** The step that ends now; time since the previous mark counts for it. */
    done(name: string): void {
      const now = performance.now();
      spent.push([name, now - last]);
      last = now;
    },
    summary(): string {
      return spent.map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`).join(', ');
    },
  };
}
