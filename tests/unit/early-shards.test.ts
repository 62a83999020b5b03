import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { holdOutput } from '../../scripts/lib/run-shards.ts';
import { countMdxFiles, shardCount } from '../../scripts/lib/shard-plan.ts';

/**
 * A full build starts its first Astro shard while validating (scripts/build.ts): from a shard count
 * made of the MDX files in the folders, and with the shard's output held until validation has passed.
 */
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('the shard count a full build starts with', () => {
  it('is one shard up to the documents one process compiles, then rounded up to a multiple of the processes that run at once', () => {
    expect(shardCount(2100, 2, 2500)).toBe(1);
    expect(shardCount(2500, 2, 2500)).toBe(1);
    // 3 shards on 2 cores would leave one core idle for the last round: 4 smaller shards.
    expect(shardCount(5001, 2, 2500)).toBe(4);
    expect(shardCount(5001, 1, 2500)).toBe(3);
    // 20 000 documents (10 000 clusters in two languages): 8 shards, already a multiple of 2.
    expect(shardCount(20000, 2, 2500)).toBe(8);
    expect(shardCount(20000, 3, 2500)).toBe(9);
    expect(shardCount(0, 2, 2500)).toBe(1);
  });

  it('counts the .mdx files in the language folders of every collection, and nothing else', () => {
    const root = mkdtempSync(join(tmpdir(), 'atlas-count-mdx-'));
    dirs.push(root);
    const put = (path: string) => {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), '---\ntitle: x\n---\n');
    };
    for (const f of ['content/clusters/id/a.mdx', 'content/clusters/en/a.mdx', 'content/programs/id/p.mdx', 'content/pages/en/index.mdx', 'content/clusters/id/notes.txt', 'content/other/id/x.mdx'])
      put(f);
    // A stray file beside the language folders is not a document (validation reports it).
    put('content/provinces/README.mdx');
    expect(countMdxFiles(root)).toBe(4);
    expect(countMdxFiles(join(root, 'nowhere'))).toBe(0);
  });
});

describe('output held while validating', () => {
  const child = () =>
    spawn(process.execPath, ['-e', "process.stdout.write('out one\\n'); process.stderr.write('err one\\n'); setTimeout(() => { process.stderr.write('err two\\n'); }, 150)"], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  const collect = (stream: PassThrough) => {
    let text = '';
    stream.on('data', (c: Buffer) => (text += c.toString()));
    return () => text;
  };

  it('passes on what came before validation passed, then the rest as it comes', async () => {
    const out = new PassThrough();
    const err = new PassThrough();
    const [outText, errText] = [collect(out), collect(err)];
    let pass!: (ok: boolean) => void;
    const p = child();
    holdOutput(p, new Promise((r) => (pass = r)), out, err);
    // Until validation says so, nothing is shown.
    await new Promise((r) => setTimeout(r, 80));
    expect(outText()).toBe('');
    expect(errText()).toBe('');
    pass(true);
    await once(p, 'close');
    expect(outText()).toBe('out one\n');
    expect(errText()).toBe('err one\nerr two\n');
  });

  it('drops all of it when validation fails', async () => {
    const out = new PassThrough();
    const err = new PassThrough();
    const [outText, errText] = [collect(out), collect(err)];
    const p = child();
    holdOutput(p, Promise.resolve(false), out, err);
    await once(p, 'close');
    expect(outText()).toBe('');
    expect(errText()).toBe('');
  });
});
