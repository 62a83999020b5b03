import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeStage, removeInBackground, removeLeftovers } from '../../scripts/lib/leftovers.ts';
import { withLock } from '../../scripts/lib/lock.ts';
import { ownerRuns, processStartedAt } from '../../scripts/lib/owner.ts';

const LOCK_TS = resolve(import.meta.dirname, '../../scripts/lib/lock.ts');
const LEFTOVERS_TS = resolve(import.meta.dirname, '../../scripts/lib/leftovers.ts');
const tmp = () => mkdtempSync(join(tmpdir(), 'atlas-lock-'));
/** A process id that does not exist: far above Linux's pid_max default and not a live process. */
const DEAD_PID = 4_000_000;

describe('build lock', () => {
  it('knows when this process started', () => {
    const started = processStartedAt(process.pid)!;
    expect(started).toBeLessThanOrEqual(Date.now());
    expect(started).toBeGreaterThan(Date.now() - 3_600_000);
  });

  it('is released when the function exits the process (process.exit skips finally)', () => {
    const dir = tmp();
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', `import { withLock } from ${JSON.stringify(LOCK_TS)}; withLock(${JSON.stringify(dir)}, () => process.exit(3));`], {
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(3);
    expect(existsSync(join(dir, '.atlas-build.lock'))).toBe(false);
  });

  it('is released when the function throws', () => {
    const dir = tmp();
    expect(() =>
      withLock(dir, () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(existsSync(join(dir, '.atlas-build.lock'))).toBe(false);
  });

  it('is taken over from a process that no longer exists', () => {
    const dir = tmp();
    mkdirSync(join(dir, '.atlas-build.lock'));
    writeFileSync(join(dir, '.atlas-build.lock/owner.json'), JSON.stringify({ pid: DEAD_PID, time: Date.now() }));
    expect(withLock(dir, () => 'ran', 1_000)).toBe('ran');
  });

  it('is taken over when its process id now belongs to a process started after the lock', () => {
    const dir = tmp();
    mkdirSync(join(dir, '.atlas-build.lock'));
    // This very process is alive but started long after this (made-up) lock time: a reused id.
    const lockTime = processStartedAt(process.pid)! - 60_000;
    writeFileSync(join(dir, '.atlas-build.lock/owner.json'), JSON.stringify({ pid: process.pid, time: lockTime }));
    expect(ownerRuns({ pid: process.pid, time: lockTime })).toBe(false);
    expect(withLock(dir, () => 'ran', 1_000)).toBe('ran');
  });

  it('is not taken from a live process that started before the lock', () => {
    const dir = tmp();
    mkdirSync(join(dir, '.atlas-build.lock'));
    writeFileSync(join(dir, '.atlas-build.lock/owner.json'), JSON.stringify({ pid: process.pid, time: Date.now() }));
    expect(() => withLock(dir, () => 'ran', 500)).toThrow(/has held/);
    expect(existsSync(join(dir, '.atlas-build.lock'))).toBe(true);
  });
});

describe('leftovers of killed builds', () => {
  it('removes stage folders and half-swapped outputs of dead builds, and keeps those of running ones', () => {
    const project = tmp();
    const dist = join(project, 'out', 'dist');
    mkdirSync(dist, { recursive: true });
    const mine = join(project, `.atlas-build-${process.pid}`);
    makeStage(mine);
    const running = join(project, '.atlas-build-1'); // pid 1 (init) runs and started before now
    makeStage(running);
    writeFileSync(join(running, 'owner.json'), JSON.stringify({ pid: 1, time: Date.now() }));
    const dead = join(project, `.atlas-build-${DEAD_PID}`);
    mkdirSync(join(dead, 'dist'), { recursive: true });
    const tmpOut = `${dist}.tmp-${DEAD_PID}`;
    const oldOut = `${dist}.old-${DEAD_PID}`;
    mkdirSync(tmpOut);
    mkdirSync(oldOut);
    const removed = removeLeftovers(project, dist).sort();
    expect(removed).toEqual([dead, tmpOut, oldOut].sort());
    expect(existsSync(mine) && existsSync(running) && existsSync(dist)).toBe(true);
  });

  it('removes a replaced tree after the build that replaced it has exited, and marks it as a running remover’s meanwhile', async () => {
    const project = tmp();
    const dist = join(project, 'dist');
    const old = `${dist}.old-${DEAD_PID}`;
    for (let i = 0; i < 200; i++) {
      mkdirSync(join(old, `d${i}`), { recursive: true });
      writeFileSync(join(old, `d${i}`, 'index.html'), 'x'.repeat(1000));
    }
    // The "build": hands the tree over and exits at once, with the tree still there.
    const r = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { readFileSync } from 'node:fs'; import { removeInBackground } from ${JSON.stringify(LEFTOVERS_TS)}; removeInBackground(${JSON.stringify(old)}); console.log(readFileSync(${JSON.stringify(join(old, 'owner.json'))}, 'utf8'));`,
      ],
      { encoding: 'utf8' },
    );
    expect(r.status, r.stderr).toBe(0);
    // The owner record names the remover (not the build, which has exited), so a later build's
    // removeLeftovers leaves the folder to it.
    const owner = JSON.parse(r.stdout) as { pid: number; time: number };
    expect(owner.pid).not.toBe(r.pid);
    expect(owner.pid).not.toBe(process.pid);
    const deadline = Date.now() + 30_000;
    while (existsSync(old) && Date.now() < deadline) await new Promise((done) => setTimeout(done, 50));
    expect(existsSync(old)).toBe(false);
    // Removing nothing of what lies beside it.
    mkdirSync(dist);
    const other = `${dist}.old-${DEAD_PID + 1}`;
    mkdirSync(other);
    removeInBackground(other);
    expect(readFileSync(join(other, 'owner.json'), 'utf8')).toMatch(/"pid":\d+/);
    while (existsSync(other) && Date.now() < deadline) await new Promise((done) => setTimeout(done, 50));
    expect(existsSync(other)).toBe(false);
    expect(existsSync(dist)).toBe(true);
  });

  it('leaves a folder to its running remover even when the clock says the remover started after the record', async () => {
    const project = tmp();
    const dist = join(project, 'dist');
    mkdirSync(dist);
    const old = `${dist}.old-${DEAD_PID}`;
    mkdirSync(old);
    // A process that names the folder on its command line, as removeInBackground's remover does,
    // with a record dated before it started (as after a wall-clock step).
    const remover = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)', old], { stdio: 'ignore' });
    try {
      writeFileSync(join(old, 'owner.json'), JSON.stringify({ pid: remover.pid, time: 0 }));
      expect(ownerRuns({ pid: remover.pid!, time: 0 })).toBe(false);
      expect(removeLeftovers(project, dist)).toEqual([]);
    } finally {
      remover.kill();
      await new Promise((done) => remover.once('exit', done));
    }
    expect(removeLeftovers(project, dist)).toEqual([old]);
  });
});
