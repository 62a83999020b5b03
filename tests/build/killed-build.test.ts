import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, it } from 'vitest';
import { readOwner } from '../../scripts/lib/owner.ts';
import { buildAtlas, MINI, PROJECT, tempDir } from '../lib/atlas-fixtures.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A build killed mid-way (SIGKILL to its whole process group, as a CI cancel does: nothing of it can
 * clean up) leaves its stage folder and the lock; the next build removes both and succeeds.
 */
it('a killed build leaves nothing that the next build does not remove', async () => {
  const dist = join(tempDir('killed'), 'dist');
  const child = spawn(process.execPath, [join(PROJECT, 'scripts/build.ts')], {
    cwd: PROJECT,
    env: { ...process.env, ATLAS_ROOT: MINI, DIST_DIR: dist },
    detached: true,
    stdio: 'ignore',
  });
  const pid = child.pid!;
  const stage = join(PROJECT, `.atlas-build-${pid}`);
  const lock = join(PROJECT, '.atlas-build.lock');
  // Mid-way: Astro has started writing pages into the stage folder (shard-0/), under the lock.
  const deadline = Date.now() + 120_000;
  while (!existsSync(join(stage, 'shard-0')) && Date.now() < deadline) await sleep(50);
  expect(existsSync(join(stage, 'shard-0')), 'the build never reached the Astro step').toBe(true);
  process.kill(-pid, 'SIGKILL');
  await new Promise((r) => child.once('exit', r));
  // Checked at once: another test file's build, starting now, may rightly sweep a dead build's stage.
  expect(existsSync(stage)).toBe(true);
  expect(existsSync(dist)).toBe(false);

  const r = buildAtlas(MINI, dist);
  expect(r.status, r.stderr).toBe(0);
  // Which build removes the leftover is not this test's to say: other test files build in this
  // project at the same time, and any of them may sweep it first (the report of what a build removed
  // is tested in tests/unit/lock.test.ts). What holds either way: it is gone.
  expect(existsSync(stage)).toBe(false);
  expect(readdirSync(PROJECT).filter((n) => n === `.atlas-build-${pid}`)).toEqual([]);
  // The killed build's lock was taken over; if a lock exists now, it is another running build's.
  expect(readOwner(join(lock, 'owner.json'))?.pid).not.toBe(pid);
  expect(readdirSync(dirname(dist))).toEqual(['dist']);
  expect(existsSync(join(dist, 'index.html'))).toBe(true);
});
