import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSitemap } from '../../scripts/lib/sitemap.ts';
import { tempDir } from '../lib/atlas-fixtures.ts';

/** A finished build, reduced to the files the sitemap looks at. */
function tree(files: string[]): string {
  const dir = tempDir('sitemap');
  for (const f of files) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), '<!doctype html>');
  }
  return dir;
}

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);

describe('the sitemap written after the shards are merged', () => {
  const pages = ['index.html', 'en/index.html', 'klaster/b/index.html', 'klaster/a/index.html', 'klaster/embed/index.html', 'en/clusters/a/index.html'];
  const notPages = ['404.html', 'embed/chart-1/index.html', 'en/embed/chart-1/index.html', 'files/a.csv', 'pagefind/index.html', '.prerender/x/index.html'];

  it('lists every page folder except embeds, sorted, under the origin and sub-path', () => {
    const dir = tree([...pages, ...notPages]);
    expect(writeSitemap(dir, 'https://example.org', '/atlas/')).toEqual({ urls: 6, files: 1 });
    expect(locs(readFileSync(join(dir, 'sitemap-0.xml'), 'utf8'))).toEqual([
      'https://example.org/atlas/',
      'https://example.org/atlas/en/',
      'https://example.org/atlas/en/clusters/a/',
      'https://example.org/atlas/klaster/a/',
      'https://example.org/atlas/klaster/b/',
      // A cluster whose slug is "embed" is a page; only the embed section is left out.
      'https://example.org/atlas/klaster/embed/',
    ]);
    expect(locs(readFileSync(join(dir, 'sitemap-index.xml'), 'utf8'))).toEqual(['https://example.org/atlas/sitemap-0.xml']);
  });

  it('splits into files of at most the given number of URLs, each listed by the index', () => {
    const dir = tree(pages);
    expect(writeSitemap(dir, 'https://example.org', '/', 4)).toEqual({ urls: 6, files: 2 });
    expect(
      readdirSync(dir)
        .filter((f) => f.startsWith('sitemap'))
        .sort(),
    ).toEqual(['sitemap-0.xml', 'sitemap-1.xml', 'sitemap-index.xml']);
    expect(locs(readFileSync(join(dir, 'sitemap-0.xml'), 'utf8'))).toHaveLength(4);
    expect(locs(readFileSync(join(dir, 'sitemap-1.xml'), 'utf8'))).toEqual(['https://example.org/klaster/b/', 'https://example.org/klaster/embed/']);
    expect(locs(readFileSync(join(dir, 'sitemap-index.xml'), 'utf8'))).toEqual(['https://example.org/sitemap-0.xml', 'https://example.org/sitemap-1.xml']);
  });

  it('escapes XML in URLs and writes well-formed files', () => {
    const dir = tree(['index.html']);
    writeSitemap(dir, 'https://example.org', "/a&b's/");
    const xml = readFileSync(join(dir, 'sitemap-0.xml'), 'utf8');
    expect(xml).toContain('<loc>https://example.org/a&amp;b&apos;s/</loc>');
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">\n[\s\S]*<\/urlset>\n$/);
  });
});
