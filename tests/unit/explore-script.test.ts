// The figures explorer's script is an optional enhancement with a size budget (≤ 3 KB gzip, issue 17),
// and must stay allowed by the strict CSP: no eval, no inline styles, no other origin.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const source = readFileSync(new URL('../../public/explore.js', import.meta.url), 'utf8');

describe('public/explore.js', () => {
  it('is at most 3 KB gzipped', () => {
    expect(gzipSync(source, { level: 9 }).length).toBeLessThanOrEqual(3 * 1024);
  });

  it('uses nothing a strict CSP blocks: no eval, Function, inline style or remote URL', () => {
    expect(source).not.toMatch(/\beval\(|new Function|\.style\b|setAttribute\(['"]style|https?:\/\//);
  });
});
