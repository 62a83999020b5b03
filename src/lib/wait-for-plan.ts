import { existsSync } from 'node:fs';

/**
 * An incremental build starts its Astro process while the atlas is still being validated
 * (scripts/build.ts), before it knows which pages and MDX files to render: Astro's own start takes
 * seconds that then overlap validation. The process waits here, before it loads any content, until
 * the build has written the list (ATLAS_MDX_FILES, written last and by rename, so it is whole when it
 * appears). A build that turns out to be a full one stops the process; one that dies leaves it
 * without a parent, and it stops waiting then.
 */
export async function waitForPlan(file: string, pollMs = 20): Promise<void> {
  const parent = process.ppid;
  while (!existsSync(file)) {
    if (process.ppid !== parent) throw gone(file);
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

/**
 * The same wait, blocking, for the validated atlas's snapshot: the build writes the plan before the
 * validation step has written the snapshot (scripts/build.ts), and Astro reads it only seconds later,
 * in code that cannot await (src/lib/atlas.ts). The snapshot is written by rename, so whole when it appears.
 */
export function waitForFileSync(file: string, pollMs = 20): void {
  const parent = process.ppid;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  while (!existsSync(file)) {
    if (process.ppid !== parent) throw gone(file);
    Atomics.wait(pause, 0, 0, pollMs);
  }
}

const gone = (file: string) => new Error(`the build that started this Astro process is gone; ${file} will not come`);
