import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

export const PROJECT = resolve(import.meta.dirname, '../..');
export const MINI = join(PROJECT, 'tests/fixtures/sites/mini');
export const BAD = join(PROJECT, 'tests/fixtures/bad-input');

export interface Expectation {
  file: string;
  line?: number;
  field: string;
  text: string;
}
export interface BadCase {
  name: string;
  dir: string;
  description: string;
  expect: Expectation[];
  delete?: string[];
  generate?: { file: string; append: string; repeat: string; bytes: number };
}

export function badCases(): BadCase[] {
  return readdirSync(BAD)
    .sort()
    .map((name) => ({ name, dir: join(BAD, name), ...JSON.parse(readFileSync(join(BAD, name, 'case.json'), 'utf8')) }));
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `atlas-${prefix}-`));
}

/** A copy of the small fixture atlas with one bad-input case applied (overlay files, deletions, generated data). */
export function atlasWithCase(c: BadCase): string {
  const root = tempDir(c.name);
  cpSync(MINI, root, { recursive: true });
  if (existsSync(join(c.dir, 'overlay'))) cpSync(join(c.dir, 'overlay'), root, { recursive: true });
  for (const d of c.delete ?? []) rmSync(join(root, d));
  if (c.generate) {
    const g = c.generate;
    appendFileSync(join(root, g.file), `${g.append + g.repeat.repeat(Math.ceil(g.bytes / g.repeat.length))}\n`);
  }
  return root;
}

/** Runs one of the project's scripts with the pinned Node, as `npm run` would. */
export function runScript(script: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [join(PROJECT, 'scripts', script), ...args], {
    cwd: PROJECT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Builds an atlas into a folder with the real build script (validate, astro build, swap). */
export function buildAtlas(root: string, dist: string, env: Record<string, string> = {}) {
  return runScript('build.ts', [], { ATLAS_ROOT: root, DIST_DIR: dist, ...env });
}

/** Hash of every file (path and bytes) under a folder: equal hashes mean an identical tree. */
export function hashTree(dir: string): string {
  const h = createHash('sha256');
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else h.update(relative(dir, p)).update('\0').update(readFileSync(p)).update('\0');
    }
  };
  walk(dir);
  return h.digest('hex');
}

export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out;
}
