import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { waitForPlan } from '../../src/lib/wait-for-plan.ts';

const WAIT_TS = resolve(import.meta.dirname, '../../src/lib/wait-for-plan.ts');
const tmp = () => mkdtempSync(join(tmpdir(), 'atlas-wait-'));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** An Astro process started before the plan waits for its MDX list (scripts/build.ts, src/content.config.ts). */
describe('waiting for the plan', () => {
  it('returns at once when the list is there', async () => {
    const file = join(tmp(), 'mdx.json');
    writeFileSync(file, '[]');
    await waitForPlan(file);
  });

  it('waits while the list is missing and returns once it is renamed into place', async () => {
    const dir = tmp();
    const file = join(dir, 'mdx.json');
    let done = false;
    const waiting = waitForPlan(file, 5).then(() => {
      done = true;
    });
    await sleep(100);
    expect(done).toBe(false);
    writeFileSync(`${file}.tmp`, '["content/clusters/id/a.mdx"]');
    renameSync(`${file}.tmp`, file);
    await waiting;
    expect(done).toBe(true);
  });

  it('stops waiting when the build that started the process is gone', () => {
    const dir = tmp();
    const outcome = join(dir, 'outcome.txt');
    // The middle process (the build) starts a waiting process (Astro) and exits without writing the list.
    const waiter = `import { waitForPlan } from ${JSON.stringify(WAIT_TS)}; import { writeFileSync } from 'node:fs';
      waitForPlan(${JSON.stringify(join(dir, 'never.json'))}, 5).then(() => writeFileSync(${JSON.stringify(outcome)}, 'returned'), (e) => writeFileSync(${JSON.stringify(outcome)}, e.message));`;
    const build = `import { spawn } from 'node:child_process'; spawn(process.execPath, ['--input-type=module', '-e', ${JSON.stringify(waiter)}], { stdio: 'ignore' }).unref(); setTimeout(() => process.exit(0), 300);`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', build], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    // The waiter notices within a few polls; allow a loaded machine some seconds.
    const until = Date.now() + 10_000;
    while (!existsSync(outcome) && Date.now() < until) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
    expect(readFileSync(outcome, 'utf8')).toMatch(/the build that started this Astro process is gone/);
  });
});
