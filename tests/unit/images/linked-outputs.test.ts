import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { linkAll, linkLater } from '../../../src/images/linked-outputs.ts';

const base = mkdtempSync(join(tmpdir(), 'atlas-linked-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('outputs linked from the image cache', () => {
  it('links each handed-over output into the output folder, replacing a stale file, and forgets the list', () => {
    const cache = join(base, 'cache');
    const out = join(base, 'out');
    mkdirSync(cache);
    mkdirSync(join(out, 'og'), { recursive: true });
    writeFileSync(join(cache, 'a.png'), 'card a');
    writeFileSync(join(cache, 'b.png'), 'card b');
    writeFileSync(join(out, 'og/b.png'), 'stale');
    linkLater('og/klaster/a.png', join(cache, 'a.png'));
    linkLater('og/b.png', join(cache, 'b.png'));
    expect(linkAll(out)).toBe(2);
    expect(readFileSync(join(out, 'og/klaster/a.png'), 'utf8')).toBe('card a');
    expect(readFileSync(join(out, 'og/b.png'), 'utf8')).toBe('card b');
    // A hard link on one file system: the same file, no bytes copied.
    expect(statSync(join(out, 'og/klaster/a.png')).ino).toBe(statSync(join(cache, 'a.png')).ino);
    expect(linkAll(out)).toBe(0);
  });

  it('copies where it cannot link (the cache on another file system)', () => {
    // /dev/shm is a tmpfs, another file system than the temporary folder on this machine and in CI.
    const shm = existsSync('/dev/shm') ? mkdtempSync('/dev/shm/atlas-linked-') : undefined;
    if (!shm) throw new Error('this test needs /dev/shm (Linux)');
    try {
      if (statSync(shm).dev === statSync(base).dev) throw new Error('/dev/shm is on the same file system as the temporary folder here');
      writeFileSync(join(shm, 'c.png'), 'card c');
      const out = join(base, 'out2');
      linkLater('og/c.png', join(shm, 'c.png'));
      expect(linkAll(out)).toBe(1);
      expect(readFileSync(join(out, 'og/c.png'), 'utf8')).toBe('card c');
      expect(statSync(join(out, 'og/c.png')).ino).not.toBe(statSync(join(shm, 'c.png')).ino);
    } finally {
      rmSync(shm, { recursive: true, force: true });
    }
  });
});
