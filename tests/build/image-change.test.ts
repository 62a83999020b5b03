import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildAtlas, listFiles, MINI, tempDir } from '../lib/atlas-fixtures.ts';

/**
 * Images follow their data and nothing else: a change to one value of a chart's data redraws that
 * chart's publication images and its page's card, every other image stays byte for byte, and the
 * second build draws only the changed images (the rest come from the content-hash cache).
 */
const work = tempDir('image-change');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const images = (dist: string) =>
  new Map(
    listFiles(dist)
      .filter((f) => /^(files\/charts\/|og\/)/.test(f))
      .map((f) => [
        f,
        createHash('sha256')
          .update(readFileSync(join(dist, f)))
          .digest('hex'),
      ]),
  );
const drawn = (statsFile: string) =>
  existsSync(statsFile)
    ? readFileSync(statsFile, 'utf8')
        .split('\n')
        .filter((l) => l.startsWith('drawn')).length
    : 0;

describe('images and their data', () => {
  it('a changed value redraws its chart images and card, and nothing else', () => {
    const root = join(work, 'atlas');
    cpSync(MINI, root, { recursive: true });
    const env = { ATLAS_IMAGE_CACHE: join(work, 'cache') };
    const stats = [join(work, 'stats-1'), join(work, 'stats-2')];

    const r1 = buildAtlas(root, join(work, 'one'), { ...env, ATLAS_IMAGE_STATS: stats[0]! });
    expect(r1.status, r1.stderr).toBe(0);
    const csv = join(root, 'data/series/libraries-by-region.csv');
    const before = readFileSync(csv, 'utf8');
    expect(before).toContain('A1,700,');
    writeFileSync(csv, before.replace('A1,700,', 'A1,710,'));
    const r2 = buildAtlas(root, join(work, 'two'), { ...env, ATLAS_IMAGE_STATS: stats[1]! });
    expect(r2.status, r2.stderr).toBe(0);

    const one = images(join(work, 'one'));
    const two = images(join(work, 'two'));
    expect([...two.keys()]).toEqual([...one.keys()]);
    const changed = [...one]
      .filter(([f, h]) => two.get(f) !== h)
      .map(([f]) => f)
      .sort();
    const chartImages = [...one.keys()].filter((f) => f.startsWith('files/charts/libraries-by-region.'));
    expect(chartImages).toHaveLength(6); // svg, png, @2x png, in two languages
    const cards = [...one.keys()].filter((f) => f.startsWith('og/') && f.endsWith('/libraries-by-region.png'));
    expect(cards).toHaveLength(2); // the chart page's card, in two languages
    expect(changed).toEqual([...chartImages, ...cards].sort());
    expect(one.size).toBeGreaterThan(changed.length + 4); // other cards exist and stayed

    // Every PNG of the first build was drawn; the second drew only the changed PNGs.
    const pngs = [...one.keys()].filter((f) => f.endsWith('.png')).length;
    expect(drawn(stats[0]!)).toBe(pngs);
    expect(drawn(stats[1]!)).toBe(changed.filter((f) => f.endsWith('.png')).length);
  }, 400_000);
});
