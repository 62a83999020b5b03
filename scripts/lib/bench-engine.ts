/**
 * Benchmark helpers that never touch the engine in place:
 *
 * - snapshotEngine(): a copy of the engine (src/, scripts/, public/, astro.config.mjs, package.json,
 *   tsconfig.json) with node_modules linked, so a long benchmark builds one fixed version of the
 *   engine even while src/ is being edited, and its Astro scratch folder (.astro/: content-modules.mjs,
 *   .prerender/) is not shared with other builds running in the checkout at the same time.
 * - PATCHES: prototype engine changes, applied to a snapshot only, to measure what a proposed change
 *   would buy (BENCH_PATCH=no-chart-cache npm run bench; patches the engine already has are skipped).
 *   Earlier patches measured here (lookup indexes, memoised formatters and edition date, bounded map
 *   labelling) are now in the engine.
 *   They are measurements, not fixes:
 *   the lead engineer decides what goes into src/.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function snapshotEngine(project: string, into: string): string {
  rmSync(into, { recursive: true, force: true });
  mkdirSync(into, { recursive: true });
  for (const item of ['src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    if (existsSync(join(project, item))) cpSync(join(project, item), join(into, item), { recursive: true });
  }
  symlinkSync(join(project, 'node_modules'), join(into, 'node_modules'), 'dir');
  return into;
}

interface Edit {
  file: string;
  find: string | RegExp;
  replace: string;
}

/**
 * Each patch is a list of exact text edits; a patch whose anchor text is gone fails loudly, unless
 * `upstream` shows the engine already made that change (its file has, or no longer has, a text):
 * then it is skipped.
 */
export const PATCHES: Record<string, { what: string; upstream?: { file: string; has?: string; lacks?: string }; edits: Edit[] }> = {
  'no-chart-cache': {
    what: 'chart-render: bounded cache (the 64 most recent charts) instead of keeping every rendered SVG until the build ends',
    edits: [
      {
        file: 'src/lib/chart-render.ts',
        find: '    cache.set(key, out);\n  }\n  return out;\n}\n\n/** Renders any chart input once',
        replace: '    cache.set(key, out);\n    if (cache.size > 64) cache.delete(cache.keys().next().value!);\n  }\n  return out;\n}\n\n/** Renders any chart input once',
      },
    ],
  },
};

export function applyPatches(engine: string, names: string[]): string[] {
  const applied: string[] = [];
  for (const name of names) {
    const patch = PATCHES[name];
    if (!patch) throw new Error(`Unknown BENCH_PATCH "${name}" (known: ${Object.keys(PATCHES).join(', ')})`);
    const up = patch.upstream;
    const upText = up && existsSync(join(engine, up.file)) ? readFileSync(join(engine, up.file), 'utf8') : undefined;
    if (up && upText !== undefined && ((up.has && upText.includes(up.has)) || (up.lacks && !upText.includes(up.lacks)))) {
      applied.push(`${name}: skipped, the engine already does this`);
      continue;
    }
    for (const e of patch.edits) {
      const path = join(engine, e.file);
      const text = readFileSync(path, 'utf8');
      const hit = typeof e.find === 'string' ? text.includes(e.find) : e.find.test(text);
      if (!hit) throw new Error(`BENCH_PATCH "${name}": ${e.file} no longer contains ${String(e.find).slice(0, 80)}… (the engine changed; update scripts/lib/bench-engine.ts)`);
      writeFileSync(path, typeof e.find === 'string' ? text.replace(e.find, () => e.replace) : text.replace(e.find, () => e.replace));
    }
    applied.push(`${name}: ${patch.what}`);
  }
  return applied;
}
