#!/usr/bin/env node
/**
 * npm run build — validate, build into a temporary folder, index for search, then swap it in.
 * A failure at any step leaves the previous dist/ exactly as it was.
 *
 * Environment: ATLAS_ROOT (folder with content/ and data/, default .), DIST_DIR (default dist),
 * BASE_PATH (sub-path, e.g. /atlas-ikm/), SITE_URL (absolute origin for canonical links).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblems, validateAtlas } from '../src/validate/index.ts';
import { withLock } from './lib/lock.ts';
import { postBuild } from './lib/post-build.ts';

const project = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const root = resolve(process.env.ATLAS_ROOT ?? '.');
const dist = resolve(process.env.DIST_DIR ?? 'dist');
// Each build stages in its own folder inside the project: Astro's intermediate server build must sit
// where node_modules resolves, and two builds at once (the tests do that) must never share files.
const stage = join(project, `.atlas-build-${process.pid}`);
const out = join(stage, 'dist');
const tmp = `${dist}.tmp-${process.pid}`;
const old = `${dist}.old-${process.pid}`;

function cleanUp() {
  rmSync(stage, { recursive: true, force: true });
  rmSync(tmp, { recursive: true, force: true });
}

function fail(message: string): never {
  cleanUp();
  console.error(message);
  console.error(`Build failed; ${existsSync(dist) ? `the previous ${dist} is untouched` : 'nothing was written'}.`);
  process.exit(1);
}

const started = performance.now();
const { problems } = validateAtlas(root);
if (problems.length > 0) fail(formatProblems(problems));

// A BASE_URL left in the environment (Vite and Vitest set one) would override Astro's `base`: drop it.
const { BASE_URL: _ignored, ...env } = process.env;
const astro = withLock(project, () =>
  spawnSync(process.execPath, [resolve(project, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {
    cwd: project,
    stdio: 'inherit',
    env: { ...env, ATLAS_ROOT: root, OUT_DIR: out, ASTRO_CACHE_DIR: join(stage, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
  }),
);
if (astro.status !== 0) fail(`astro build exited with ${astro.status ?? astro.signal}.`);

try {
  rmSync(join(out, '.prerender'), { recursive: true, force: true });
  await postBuild(out);
  // Next to the destination, so the swap below is two renames on one file system.
  try {
    renameSync(out, tmp);
  } catch {
    cpSync(out, tmp, { recursive: true });
  }
} catch (err) {
  fail(`After the build: ${(err as Error).message}`);
}

// Swap: a reader never sees a half-written site.
if (existsSync(dist)) renameSync(dist, old);
renameSync(tmp, dist);
rmSync(old, { recursive: true, force: true });
cleanUp();
console.log(`Built ${dist} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
