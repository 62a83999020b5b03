import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  assembleTree,
  cannotReuse,
  commitManifest,
  KEY_HASHES,
  keyListDigest,
  keysPath,
  MANIFEST_VERSION,
  type Manifest,
  keepAsSpare,
  manifestHead,
  readManifest,
  sortedIndex,
  nextManifest,
  planIncremental,
  pruneManifests,
  readKeyHashes,
  type Spare,
  sparePath,
  writeManifest,
} from '../../scripts/lib/incremental.ts';
import { ALWAYS, alsoOutput, beginOutput, readBy, record, TrackedMemo, untracked } from '../../src/lib/track.ts';
import { atlas, dependencyHash, dependencyValue, figuresWithScope } from '../../src/lib/atlas.ts';

const manifest: Manifest = {
  version: 1,
  global: 'g',
  dist: { path: '', dev: 0, ino: 0 },
  keys: [ALWAYS, 'figure:a', 'figure:b', 'mdx:content/pages/id/index.mdx'],
  hashes: [ALWAYS, 'ha', 'hb', 'hm'],
  outputs: { 'a/index.html': [1], 'b/index.html': [2], 'files/x.csv': [0], 'index.html': [1, 2, 3] },
  search: {},
  html: [],
};

describe('planning an incremental build', () => {
  it('renders the outputs that read a changed key, and those that are always out of date', () => {
    const plan = planIncremental(
      manifest,
      new Map([
        ['figure:a', 'ha2'],
        ['figure:b', 'hb'],
        ['mdx:content/pages/id/index.mdx', 'hm'],
      ]),
    );
    expect(plan.changed.sort()).toEqual([ALWAYS, 'figure:a']);
    expect(plan.dirty.sort()).toEqual(['a/index.html', 'files/x.csv', 'index.html']);
    expect(plan.known).toHaveLength(4);
  });

  it('plans the same from hashes listed in the order of the manifest keys as from hashes by key', () => {
    const byKey = new Map([
      ['figure:a', 'ha2'],
      ['figure:b', 'hb'],
      ['mdx:content/pages/id/index.mdx', 'hm'],
    ]);
    const listed = manifest.keys.map((k) => byKey.get(k) ?? ALWAYS);
    expect(planIncremental(manifest, listed)).toEqual(planIncremental(manifest, byKey));
    expect(planIncremental(manifest, listed).dirty.sort()).toEqual(['a/index.html', 'files/x.csv', 'index.html']);
  });

  it('a key that is gone from the atlas counts as changed', () => {
    const plan = planIncremental(manifest, new Map([['figure:a', 'ha']]));
    expect(plan.dirty).toContain('b/index.html');
  });

  it('the next manifest keeps outputs not rendered again, replaces rendered ones and drops the ones no longer offered', async () => {
    const hashed: string[][] = [];
    const next = await nextManifest(
      manifest,
      { seen: ['a/index.html', 'b/index.html', 'files/x.csv'], deps: { 'a/index.html': ['figure:a', 'figure:c'] } },
      'g',
      {},
      ['a/index.html', 'b/index.html'],
      async (keys) => {
        hashed.push(keys);
        return keys.map((k) => `h(${k})`);
      },
    );
    expect(Object.keys(next.outputs)).toEqual(['a/index.html', 'b/index.html', 'files/x.csv']);
    expect(next.outputs['a/index.html']!.map((i) => next.keys[i])).toEqual(['figure:a', 'figure:c']);
    expect(next.outputs['b/index.html']!.map((i) => next.keys[i])).toEqual(['figure:b']);
    expect(next.outputs['files/x.csv']!.map((i) => next.keys[i])).toEqual([ALWAYS]);
    // Only keys some output still reads, sorted, each with its hash; the dropped page's MDX key is gone.
    expect(next.keys).toEqual([ALWAYS, 'figure:a', 'figure:b', 'figure:c']);
    expect(hashed).toEqual([next.keys]);
    expect(next.hashes).toEqual(next.keys.map((k) => `h(${k})`));
  });
});

describe('the next manifest when the keys stay the same (the usual change of a value)', () => {
  const hashOf = async (keys: string[]) => keys.map((k) => `h(${k})`);
  const everyOutput = Object.keys(manifest.outputs);

  it('keeps the key list and every index, with the new hashes and the rendered outputs read again', async () => {
    // index.html read figure:a, figure:b and the MDX file; rendered again it reads them in another order.
    // It takes over the previous manifest's outputs (changed in place): given a copy here.
    const next = await nextManifest(
      structuredClone(manifest),
      { seen: everyOutput, deps: { 'a/index.html': ['figure:a'], 'index.html': ['figure:b', 'mdx:content/pages/id/index.mdx', 'figure:a'] } },
      'g',
      {},
      [],
      hashOf,
    );
    expect(next.keys).toEqual(manifest.keys);
    expect(next.hashes).toEqual(manifest.keys.map((k) => `h(${k})`));
    expect(next.outputs).toEqual({ 'a/index.html': [1], 'b/index.html': [2], 'files/x.csv': [0], 'index.html': [2, 3, 1] });
    expect(Object.keys(next.outputs)).toEqual(everyOutput);
  });

  it('renumbers when a key is no longer read by any output, as when an output went or read a new key', async () => {
    // b/index.html and index.html read figure:b; rendered again, neither does.
    const next = await nextManifest(manifest, { seen: everyOutput, deps: { 'b/index.html': ['figure:a'], 'index.html': ['figure:a', 'mdx:content/pages/id/index.mdx'] } }, 'g', {}, [], hashOf);
    expect(next.keys).toEqual([ALWAYS, 'figure:a', 'mdx:content/pages/id/index.mdx']);
    expect(next.outputs['b/index.html']!.map((i) => next.keys[i])).toEqual(['figure:a']);
    expect(next.outputs['index.html']!.map((i) => next.keys[i])).toEqual(['figure:a', 'mdx:content/pages/id/index.mdx']);
    const gone = await nextManifest(manifest, { seen: everyOutput.filter((o) => o !== 'files/x.csv'), deps: {} }, 'g', {}, [], hashOf);
    expect(gone.keys).toEqual(['figure:a', 'figure:b', 'mdx:content/pages/id/index.mdx']);
    expect(Object.keys(gone.outputs)).toEqual(['a/index.html', 'b/index.html', 'index.html']);
  });
});

describe('assembling the tree', () => {
  it('copies the previous tree, removes gone outputs with the folders they leave empty and the sitemaps, and lays the new files over', () => {
    const base = mkdtempSync(join(tmpdir(), 'assemble-'));
    const prev = join(base, 'prev');
    const fresh = join(base, 'fresh');
    for (const [f, text] of [
      ['keep/index.html', 'old keep'],
      ['gone/deep/index.html', 'gone'],
      ['changed/index.html', 'old'],
      ['pagefind/id/x.pf', 'index'],
      ['sitemap-0.xml', 'map'],
    ] as const) {
      mkdirSync(join(prev, f, '..'), { recursive: true });
      writeFileSync(join(prev, f), text);
    }
    mkdirSync(join(fresh, 'changed'), { recursive: true });
    writeFileSync(join(fresh, 'changed/index.html'), 'new');
    const into = join(base, 'into');
    assembleTree(prev, fresh, into, ['gone/deep/index.html']);
    expect(readdirSync(into).sort()).toEqual(['changed', 'keep', 'pagefind']);
    expect(readFileSync(join(into, 'changed/index.html'), 'utf8')).toBe('new');
    // Kept files are links to the previous tree's (no bytes copied); the previous tree is as it was.
    expect(statSync(join(into, 'keep/index.html')).ino).toBe(statSync(join(prev, 'keep/index.html')).ino);
    expect(readFileSync(join(prev, 'changed/index.html'), 'utf8')).toBe('old');
    expect(readFileSync(join(prev, 'gone/deep/index.html'), 'utf8')).toBe('gone');
    expect(readFileSync(join(prev, 'sitemap-0.xml'), 'utf8')).toBe('map');
  });
});

describe('the spare tree: the tree an incremental build replaced, the starting point of the next', () => {
  /** Every file of a tree with its text. */
  const contents = (dir: string): Record<string, string> => {
    const out: Record<string, string> = {};
    const walk = (rel: string) => {
      for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
        const p = rel ? `${rel}/${e.name}` : e.name;
        if (e.isDirectory()) walk(p);
        else out[p] = readFileSync(join(dir, p), 'utf8');
      }
    };
    walk('');
    return out;
  };
  const files = (dir: string, list: Record<string, string>) => {
    for (const [f, text] of Object.entries(list)) {
      mkdirSync(join(dir, f, '..'), { recursive: true });
      writeFileSync(join(dir, f), text);
    }
  };
  /** What scripts/build.ts does around assembleTree: build beside dist/, swap, keep the old tree as the spare. */
  const build = (dist: string, rendered: Record<string, string>, removed: string[], spare?: Spare) => {
    const fresh = mkdtempSync(join(tmpdir(), 'rendered-'));
    files(fresh, rendered);
    const tmp = `${dist}.tmp-test`;
    const tree = assembleTree(dist, fresh, tmp, removed, spare);
    // postBuild's part: a search bundle written again.
    rmSync(join(tmp, 'pagefind/id'), { recursive: true, force: true });
    files(tmp, { 'pagefind/id/entry.json': `bundle of ${Object.keys(rendered).join(',')}` });
    tree.touched.add('pagefind/id');
    const token = `token-${Math.random()}`;
    renameSync(dist, `${dist}.old-test`);
    renameSync(tmp, dist);
    keepAsSpare(`${dist}.old-test`, dist, token);
    return { from: tree.from, spare: { token, diff: [...tree.touched].sort() } };
  };

  it('is brought up to date by the paths the last build changed, and gives the same tree as linking the whole of dist/', () => {
    const base = mkdtempSync(join(tmpdir(), 'spare-'));
    const dist = join(base, 'dist');
    files(dist, { 'index.html': 'home 0', 'a/index.html': 'a 0', 'b/deep/index.html': 'b 0', 'c/index.html': 'c 0', 'pagefind/id/entry.json': 'bundle 0', 'sitemap-0.xml': 'map 0' });
    const first = build(dist, { 'a/index.html': 'a 1', 'new/index.html': 'new 1', 'sitemap-0.xml': 'map 1' }, ['b/deep/index.html']);
    expect(first.from).toBe('links');
    expect(first.spare.diff).toEqual(['a/index.html', 'b/deep/index.html', 'new/index.html', 'pagefind/id', 'sitemap-0.xml']);
    // The spare is the tree before the first build, as it was, and its mark.
    expect(contents(sparePath(dist))['a/index.html']).toBe('a 0');
    expect(contents(sparePath(dist))['.atlas-spare']).toBe(first.spare.token);
    const live = contents(dist);

    const second = build(dist, { 'c/index.html': 'c 2', 'sitemap-0.xml': 'map 2' }, ['new/index.html'], first.spare);
    expect(second.from).toBe('spare');
    const expected = { ...live, 'c/index.html': 'c 2', 'sitemap-0.xml': 'map 2', 'pagefind/id/entry.json': 'bundle of c/index.html,sitemap-0.xml' };
    delete (expected as Record<string, string>)['new/index.html'];
    expect(contents(dist)).toEqual(expected);
    // Folders a removed output left empty are gone from the caught-up tree too (b/ in the first build, new/ now).
    expect(readdirSync(dist).sort()).toEqual(['a', 'c', 'index.html', 'pagefind', 'sitemap-0.xml']);
    // The new spare is the tree the second build replaced, exactly, and its mark.
    expect(contents(sparePath(dist))).toEqual({ ...live, '.atlas-spare': second.spare.token });
    // Unchanged files are links to dist/'s, not copies.
    expect(statSync(join(sparePath(dist), 'index.html')).ino).toBe(statSync(join(dist, 'index.html')).ino);
  });

  it('is not trusted when it is not the folder the manifest names: the tree is linked again and the stale spare dropped', () => {
    const base = mkdtempSync(join(tmpdir(), 'spare-'));
    const dist = join(base, 'dist');
    files(dist, { 'index.html': 'home 0', 'a/index.html': 'a 0' });
    const first = build(dist, { 'a/index.html': 'a 1' }, []);
    // Something replaced the spare (a copy made by hand, a restore from a backup), or the build that
    // kept it was killed before marking it.
    rmSync(sparePath(dist), { recursive: true });
    files(sparePath(dist), { 'index.html': 'stale', 'a/index.html': 'stale' });
    const second = build(dist, { 'a/index.html': 'a 2' }, [], first.spare);
    expect(second.from).toBe('links');
    expect(contents(dist)).toEqual({ 'index.html': 'home 0', 'a/index.html': 'a 2', 'pagefind/id/entry.json': 'bundle of a/index.html' });
  });
});

describe('tracking what an output reads', () => {
  it('records keyed reads and lookups for the current output only, and memo hits replay what was read', () => {
    const a = atlas();
    const id = [...untracked(() => [...a.figures.keys()])][0]!;
    const memo = new TrackedMemo<number>();
    beginOutput('one/index.html', 'route:one');
    a.figures.get(id);
    memo.get('k', () => {
      record('figure:from-memo');
      return 1;
    });
    beginOutput('two/index.html');
    expect(memo.get('k', () => 2)).toBe(1);
    figuresWithScope('national');
    void a.regions;
    expect(readBy('one/index.html')).toEqual(['figure:from-memo', `figure:${id}`, 'route:one'].sort());
    expect(readBy('two/index.html')).toEqual(['all:regions', 'figure:from-memo', 'scope:national']);
  }, 60_000);

  it('gives an output written along with a page (its card) every key the page reads, before and after', () => {
    beginOutput('three/index.html', 'route:three');
    record('figure:before');
    alsoOutput('og/three.png');
    record('figure:after');
    beginOutput('four/index.html');
    record('figure:other');
    expect(readBy('og/three.png')).toEqual(['figure:after', 'figure:before', 'route:three']);
    expect(readBy('three/index.html')).toEqual(readBy('og/three.png'));
    expect(readBy('four/index.html')).toEqual(['figure:other']);
  });

  it('hashes a key by its value: a missing record is one value, a lookup differs by its key', () => {
    const id = [...untracked(() => [...atlas().figures.keys()])][0]!;
    expect(dependencyHash(`figure:${id}`)).toMatch(/^[0-9a-f]{20}$/);
    expect(dependencyHash('figure:no-such-figure')).toBe(dependencyHash('figure:another-missing'));
    expect(dependencyHash('scope:national')).not.toBe(dependencyHash('scope:nowhere'));
    expect(dependencyHash('mdx:content/pages/id/no-such-file.mdx')).toBe('absent');
    expect(() => dependencyHash('nonsense:key')).toThrow(/unknown dependency key/);
    // Each record's text is made once and reused in every list it is in: the same text as the list stringified.
    const figures = untracked(() => [...atlas().figures.values()]);
    const listed = JSON.stringify(figures.map((f) => ({ ...f })));
    expect(dependencyValue('all:figures')).toBe(listed);
    expect(dependencyValue(`figure:${id}`)).toBe(JSON.stringify({ ...figures.find((f) => f.id === id) }));
    expect(dependencyValue('all:figures')).toBe(listed);
  }, 60_000);
});

describe('finding a key in the sorted key list', () => {
  it('finds each key where the default string sort put it, and no key that is absent', () => {
    const keys = ['figure:b', 'Figure:A', '*', 'mdx:content/é.mdx', 'figure:a', 'figure:a2', 'mdx:content/e.mdx'].sort();
    for (const [i, k] of keys.entries()) expect(sortedIndex(keys, k)).toBe(i);
    for (const absent of ['', 'figure:', 'figure:c', 'zzz', 'figure:a1']) expect(sortedIndex(keys, absent)).toBeUndefined();
    expect(sortedIndex([], 'figure:a')).toBeUndefined();
  });
});

describe('the manifest cache', () => {
  it('keeps the manifests of dist/ folders that are still the ones built, and drops the rest', () => {
    const base = mkdtempSync(join(tmpdir(), 'atlas-manifests-'));
    const cache = join(base, 'cache');
    mkdirSync(cache);
    const folder = (name: string) => {
      const d = join(base, name);
      mkdirSync(d);
      return d;
    };
    const { dist: _dist, ...body } = manifest;
    const write = (name: string, dist: string, version = MANIFEST_VERSION) => {
      const file = join(cache, name);
      renameSync(writeManifest(file, { ...body, version }, dist, dist), file);
      rmSync(`${keysPath(file)}.${process.pid}.tmp`);
    };
    const kept = folder('kept');
    write('kept.manifest', kept);
    const gone = folder('gone');
    write('gone.manifest', gone);
    renameSync(gone, join(base, 'moved'));
    const replaced = folder('replaced');
    write('replaced.manifest', replaced);
    renameSync(replaced, join(base, 'replaced-old'));
    folder('replaced');
    write('old-format.manifest', kept, MANIFEST_VERSION - 1);
    writeFileSync(join(cache, 'broken.manifest'), '{');
    // A manifest of the JSON format before this one (its name ends in .json) goes whatever it says.
    writeFileSync(join(cache, 'legacy.json'), JSON.stringify({ ...manifest, dist: { path: kept, dev: statSync(kept).dev, ino: statSync(kept).ino } }));
    // A half-written manifest of a build that is running (this process) stays; one of a dead process goes.
    writeFileSync(join(cache, `kept.manifest.${process.pid}.tmp`), '{}');
    writeFileSync(join(cache, 'kept.manifest.2147483646.tmp'), '{}');
    // A parse cache (src/validate/parse-cache.ts) lives as long as the manifest of the same dist/.
    writeFileSync(join(cache, 'kept.parse'), '');
    writeFileSync(join(cache, 'gone.parse'), '');
    // Without a manifest at all: a first build still running (written now) stays; one left two days ago goes.
    writeFileSync(join(cache, 'first-build.parse'), '');
    writeFileSync(join(cache, 'never-built.parse'), '');
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600_000);
    utimesSync(join(cache, 'never-built.parse'), twoDaysAgo, twoDaysAgo);
    expect(pruneManifests(cache)).toEqual([
      'broken.manifest',
      'gone.manifest',
      'kept.manifest.2147483646.tmp',
      'legacy.json',
      'old-format.manifest',
      'replaced.manifest',
      'gone.parse',
      'never-built.parse',
    ]);
    expect(readdirSync(cache).sort()).toEqual(['first-build.parse', 'kept.manifest', `kept.manifest.${process.pid}.tmp`, 'kept.parse']);
    // The manifest a build has just put in place is named and left unread, whatever it holds.
    writeFileSync(join(cache, 'just-written.manifest'), '{');
    expect(pruneManifests(cache, 'just-written.manifest')).toEqual([]);
    expect(pruneManifests(cache)).toEqual(['just-written.manifest']);
  });

  it('decides from the head of a manifest as writeManifest writes it, without parsing the rest', () => {
    const base = mkdtempSync(join(tmpdir(), 'atlas-manifest-heads-'));
    const cache = join(base, 'cache');
    const { dist: _dist, ...body } = manifest;
    const written = (name: string) => {
      const dist = join(base, name);
      mkdirSync(dist);
      renameSync(writeManifest(join(cache, `${name}.manifest`), { ...body, version: MANIFEST_VERSION }, dist, dist), join(cache, `${name}.manifest`));
      renameSync(join(cache, `${name}.keys.${process.pid}.tmp`), join(cache, `${name}.keys`));
      return dist;
    };
    const liveDist = written('live');
    // The head also tells a build, before it validates, whether the previous build can be reused.
    const head = manifestHead(join(cache, 'live.manifest'))!;
    expect(head.global).toBe(manifest.global);
    expect(cannotReuse(head, liveDist, manifest.global)).toBeUndefined();
    expect(cannotReuse(head, liveDist, 'another engine')).toMatch(/engine/);
    rmSync(written('gone'), { recursive: true });
    written('older');
    // Only the head is read: what follows it is not even JSON here.
    const live = readFileSync(join(cache, 'live.manifest'), 'utf8');
    writeFileSync(join(cache, 'live.manifest'), `${live.slice(0, live.indexOf('"global"'))}not JSON`);
    const older = readFileSync(join(cache, 'older.manifest'), 'utf8');
    writeFileSync(join(cache, 'older.manifest'), older.replace(`{"version":${MANIFEST_VERSION},`, `{"version":${MANIFEST_VERSION - 1},`));
    // A manifest's key list (keysPath) goes with it.
    expect(pruneManifests(cache)).toEqual(['gone.manifest', 'older.manifest', 'gone.keys', 'older.keys']);
    expect(readdirSync(cache).sort()).toEqual(['live.keys', 'live.manifest']);
  });

  /** A manifest written and committed for a new dist/ folder, as a build leaves it. */
  const committed = (prefix: string) => {
    const base = mkdtempSync(join(tmpdir(), prefix));
    const dist = join(base, 'dist');
    mkdirSync(dist);
    const file = join(base, 'cache', 'm.manifest');
    const { dist: _dist, ...body } = manifest;
    commitManifest(writeManifest(file, { ...body, version: MANIFEST_VERSION }, dist, dist), file);
    return { base, dist, file, body };
  };

  it('reads back the manifest it wrote, and nothing from a file of another version or a damaged one', () => {
    const { dist, file, body } = committed('atlas-manifest-read-');
    const st = statSync(dist);
    expect(readManifest(file)).toEqual({ ...body, version: MANIFEST_VERSION, dist: { path: dist, dev: st.dev, ino: st.ino } });
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, bytes.length - 10));
    expect(readManifest(file)).toBeUndefined();
    commitManifest(writeManifest(file, { ...body, version: MANIFEST_VERSION - 1 }, dist, dist), file);
    expect(readManifest(file)).toBeUndefined();
  });

  it('keeps the key list beside the manifest; hashes made for it are taken only for the same list', () => {
    const { base, file } = committed('atlas-manifest-keys-');
    expect(readdirSync(join(base, 'cache')).sort()).toEqual(['m.keys', 'm.manifest']);
    const keys = JSON.parse(readFileSync(keysPath(file), 'utf8')) as string[];
    expect(keys).toEqual(manifest.keys);
    // What the validation step writes (scripts/lib/prepare.ts) for that list.
    const stage = join(base, 'stage');
    mkdirSync(stage);
    expect(readKeyHashes(stage, keys)).toBeUndefined();
    writeFileSync(join(stage, KEY_HASHES), JSON.stringify({ digest: keyListDigest(keys), hashes: keys.map((k) => `h(${k})`) }));
    expect(readKeyHashes(stage, keys)).toEqual(keys.map((k) => `h(${k})`));
    expect(readKeyHashes(stage, keys, keyListDigest(keys))).toEqual(keys.map((k) => `h(${k})`));
    // A manifest whose keys changed since (a build killed between the two renames): not its hashes.
    expect(readKeyHashes(stage, [...keys, 'figure:new'])).toBeUndefined();
    expect(readKeyHashes(stage, keys.slice(1))).toBeUndefined();
  });
});
