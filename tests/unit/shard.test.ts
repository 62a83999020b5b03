import { describe, expect, it } from 'vitest';
import { chartGroups, inShard, parseShard, shardOf } from '../../src/lib/shard.ts';

const doc = (slug: string, charts: string[] = [], shown: string[] = []) => ({
  slug,
  data: { charts },
  usages: shown.map((id) => ({ component: 'Chart', id })),
});

describe('shards', () => {
  it('reads "k/n" and refuses anything else', () => {
    expect(parseShard(undefined)).toBeUndefined();
    expect(parseShard('2/5')).toEqual({ index: 2, count: 5 });
    for (const bad of ['5/5', '1', 'a/b', '-1/3', '1/2/3']) expect(() => parseShard(bad), bad).toThrow(/ATLAS_SHARD/);
  });

  it('puts every key in exactly one shard, the same on every run', () => {
    const keys = Array.from({ length: 500 }, (_, i) => `cluster:c-${i}`);
    const counts = [0, 0, 0, 0];
    for (const k of keys) {
      const owners = [0, 1, 2, 3].filter((i) => inShard(k, { index: i, count: 4 }));
      expect(owners).toEqual([shardOf(k, 4)]);
      counts[owners[0]!]!++;
    }
    // Spread: no shard gets less than half its share of 500 keys.
    for (const c of counts) expect(c).toBeGreaterThan(62);
    // The hash is 32-bit FNV-1a, checked against its published test vectors, so it is the same on every machine.
    expect(shardOf('a', 2 ** 32)).toBe(0xe40c292c);
    expect(shardOf('foobar', 2 ** 32)).toBe(0xbf9cf968);
  });
});

describe('chart groups', () => {
  const group = chartGroups({
    clusters: [doc('tenun', [], ['weaving']), doc('batik', [], ['weaving', 'dyes'])],
    programs: [doc('restrukturisasi', ['machines', 'dyes'])],
    provinces: [],
    pages: [doc('index', [], ['machines'])],
  });

  it("places a chart's page and its embed with the first document that shows it", () => {
    expect(group('chart:weaving')).toBe('cluster:tenun');
    expect(group('embed:weaving')).toBe('cluster:tenun');
    expect(group('chart:dyes')).toBe('cluster:batik');
    // Front matter (charts:) counts as showing; clusters come before programs, programs before pages.
    expect(group('chart:machines')).toBe('program:restrukturisasi');
  });

  it('keeps a chart nobody shows together with its embed, and leaves other keys alone', () => {
    expect(group('chart:orphan')).toBe('chart:orphan');
    expect(group('embed:orphan')).toBe('chart:orphan');
    for (const k of ['cluster:tenun', 'figure:weaving', 'dataset:series-weaving', 'clusters', 'page:index']) expect(group(k)).toBe(k);
  });
});
