import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { withLock } from '../../scripts/lib/lock.ts';
import { listFiles, MINI, PROJECT, runScript, tempDir } from '../lib/atlas-fixtures.ts';

/**
 * The MDX rules also hold inside Astro's own pipeline (the remark plugin in astro.config.mjs), for
 * `astro dev` and any path that skips the validator: here Astro builds from a snapshot validated
 * before an expression was added to a page, and must refuse it, naming the file and line.
 */
it('astro build refuses an MDX expression the validator never saw', () => {
  const root = tempDir('astro-guard');
  cpSync(MINI, root, { recursive: true });
  const stage = tempDir('astro-guard-stage');
  const prepared = runScript('lib/prepare.ts', [root, stage]);
  expect(prepared.status, prepared.stderr).toBe(0);
  const page = join(root, 'content/pages/en/index.mdx');
  appendFileSync(page, '\nBuilt in {globalThis.process.env.HOME}.\n');
  const out = join(stage, 'dist');
  mkdirSync(out);
  const { BASE_URL: _ignored, ...env } = process.env;
  const r = withLock(PROJECT, () =>
    spawnSync(process.execPath, [resolve(PROJECT, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {
      cwd: PROJECT,
      encoding: 'utf8',
      env: { ...env, ATLAS_ROOT: root, ATLAS_SNAPSHOT: join(stage, 'atlas.json'), OUT_DIR: out, ASTRO_CACHE_DIR: join(stage, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
    }),
  );
  expect(r.status).not.toBe(0);
  expect(r.stdout + r.stderr).toContain('content/pages/en/index.mdx:10 · (body) · expected no {…} expressions');
  const published = existsSync(out) ? listFiles(out).filter((f) => f.endsWith('.html')) : [];
  expect(published).toEqual([]);
});
