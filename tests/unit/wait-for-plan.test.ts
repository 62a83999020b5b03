import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { waitForFileSync, waitForPlan } from '../../src/lib/wait-for-plan.ts';

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
    const outcome = outcomeOfOrphan(
      (never, report) => `import { waitForPlan } from ${JSON.stringify(WAIT_TS)};
      waitForPlan(${never}, 5).then(() => ${report}('returned'), (e) => ${report}(e.message));`,
    );
    expect(outcome).toMatch(/the build that started this Astro process is gone/);
  });

  it('waits, blocking, for the snapshot the validation step writes after the plan (src/lib/atlas.ts)', async () => {
    const dir = tmp();
    const file = join(dir, 'atlas.json');
    writeFileSync(join(dir, 'present.json'), '{}');
    waitForFileSync(join(dir, 'present.json'));
    // Another process writes it by rename 300 ms from now, while this one blocks.
    const writer = spawn(process.execPath, [
      '-e',
      `setTimeout(() => { require('fs').writeFileSync(${JSON.stringify(`${file}.tmp`)}, '{"whole":true}'); require('fs').renameSync(${JSON.stringify(`${file}.tmp`)}, ${JSON.stringify(file)}); }, 300)`,
    ]);
    const started = Date.now();
    waitForFileSync(file, 5);
    expect(Date.now() - started).toBeGreaterThanOrEqual(200);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ whole: true });
    await new Promise((r) => writer.on('close', r));
  });

  it('stops the blocking wait too when the build is gone', () => {
    const outcome = outcomeOfOrphan(
      (never, report) => `import { waitForFileSync } from ${JSON.stringify(WAIT_TS)};
      try { waitForFileSync(${never}, 5); ${report}('returned'); } catch (e) { ${report}(e.message); }`,
    );
    expect(outcome).toMatch(/the build that started this Astro process is gone/);
  });
});

/**
 * What a waiting process (Astro) reports when the process that started it (the build) exits without
 * writing the file it waits for. `waiter` gets the file's path and the name of a function that reports, as source text.
 */
function outcomeOfOrphan(waiter: (never: string, report: string) => string): string {
  const dir = tmp();
  const outcome = join(dir, 'outcome.txt');
  const started = join(dir, 'started.txt');
  // The waiter says when it has loaded and is about to wait: a build gone before then (a fixed delay
  // on a loaded machine, as in CI once) would leave it a parent it never knew, and nothing to notice.
  const source = `import { writeFileSync } from 'node:fs'; const report = (text) => writeFileSync(${JSON.stringify(outcome)}, text);
    writeFileSync(${JSON.stringify(started)}, '');
    ${waiter(JSON.stringify(join(dir, 'never.json')), 'report')}`;
  const build = `import { spawn } from 'node:child_process'; import { existsSync } from 'node:fs';
    spawn(process.execPath, ['--input-type=module', '-e', ${JSON.stringify(source)}], { stdio: 'ignore' }).unref();
    const until = Date.now() + 20000;
    const check = () => (existsSync(${JSON.stringify(started)}) || Date.now() > until ? setTimeout(() => process.exit(0), 100) : setTimeout(check, 10));
    check();`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', build], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  // The waiter notices within a few polls; allow a loaded machine some seconds.
  const until = Date.now() + 10_000;
  while (!existsSync(outcome) && Date.now() < until) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
  return readFileSync(outcome, 'utf8');
}
