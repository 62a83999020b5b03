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
    if (process.ppid !== parent) throw new Error(`the build that started this Astro process is gone; ${file} will not come`);
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
