import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks, formatLinkProblems, type LinkProblem } from '../../scripts/lib/check-links.ts';
import { tempDir } from '../lib/atlas-fixtures.ts';
import { LANGUAGE_FIXTURES, SITE_DIST, SITE_SUB_DIST, SUB_BASE } from '../lib/site-builds.ts';

/**
 * Every internal reference of the built site resolves: pages, #anchors (the id must exist in the
 * target page), downloads, hreflang alternates, canonical links, sitemap <loc> entries and the
 * robots.txt Sitemap line. At the root and under a sub-path, where every internal URL must carry
 * the base. External links are not fetched.
 */
describe('internal links', () => {
  it('the site built at / has no broken internal link or anchor', () => {
    const problems = checkLinks(SITE_DIST, '/');
    expect(problems, formatLinkProblems(problems)).toEqual([]);
  });

  it(`the site built under ${SUB_BASE} has no broken internal link, and every one carries the base`, () => {
    const problems = checkLinks(SITE_SUB_DIST, SUB_BASE, { requireBase: true });
    expect(problems, formatLinkProblems(problems)).toEqual([]);
  });

  it.each(LANGUAGE_FIXTURES)('the $name fixture atlas has no broken internal link or anchor', ({ dist }) => {
    const problems = checkLinks(dist, '/');
    expect(problems, formatLinkProblems(problems)).toEqual([]);
  });
});

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

/** A few pages of a build copied to a temp folder, to plant defects in. */
function copySome(dist: string, files: string[]): string {
  const dir = tempDir('links');
  temps.push(dir);
  for (const f of files) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    copyFileSync(join(dist, f), join(dir, f));
  }
  return dir;
}

function plant(dir: string, file: string, html: string) {
  const p = join(dir, file);
  writeFileSync(p, readFileSync(p, 'utf8').replace('</main>', `${html}</main>`));
}

/** Problems in `after` that are not in `before` (as a multiset). */
function added(before: LinkProblem[], after: LinkProblem[]): LinkProblem[] {
  const count = new Map<string, number>();
  for (const p of before) count.set(JSON.stringify(p), (count.get(JSON.stringify(p)) ?? 0) + 1);
  return after.filter((p) => {
    const k = JSON.stringify(p);
    const n = count.get(k) ?? 0;
    if (n > 0) count.set(k, n - 1);
    return n === 0;
  });
}

describe('the link checker can fail', () => {
  const CLUSTER = 'klaster/tenun-ulos-samosir/index.html';
  const PROVINCE = 'provinsi/sumatera-utara/index.html';
  const FILES = ['index.html', CLUSTER, PROVINCE, 'robots.txt', 'sitemap-index.xml'];

  it('reports a planted broken link and a planted broken anchor, and nothing for valid ones', () => {
    const dir = copySome(SITE_DIST, FILES);
    // Links to the many pages that were not copied are broken here too: only what planting adds counts.
    const before = checkLinks(dir, '/');
    plant(
      dir,
      CLUSTER,
      [
        '<a href="/klaster/tidak-ada/">broken page</a>',
        '<a href="/provinsi/sumatera-utara/#no-such-id">broken anchor</a>',
        '<a href="#also-missing">broken same-page anchor</a>',
        '<a href="https://atlas-ikm.example.org/files/series/nope.csv">broken download on the own origin</a>',
        '<img src="/gambar.png" alt="">',
        // Valid, or external: must not be reported.
        '<a href="/provinsi/sumatera-utara/#main">valid anchor</a>',
        '<a href="../../provinsi/sumatera-utara/">valid relative link</a>',
        '<a href="https://example.com/elsewhere/">external</a>',
        '<a href="mailto:someone@example.org">mail</a>',
      ].join(''),
    );
    const found = added(before, checkLinks(dir, '/'));
    expect(found.map((p) => [p.from, p.href, p.reason])).toEqual([
      [CLUSTER, '/klaster/tidak-ada/', 'no file klaster/tidak-ada/index.html in the build'],
      [CLUSTER, '/provinsi/sumatera-utara/#no-such-id', `no element with id="no-such-id" in ${PROVINCE}`],
      [CLUSTER, '#also-missing', `no element with id="also-missing" in ${CLUSTER}`],
      [CLUSTER, 'https://atlas-ikm.example.org/files/series/nope.csv', 'no file files/series/nope.csv in the build'],
      [CLUSTER, '/gambar.png', 'no file gambar.png in the build'],
    ]);
  });

  it('reports a broken sitemap <loc> and robots.txt Sitemap line', () => {
    const dir = copySome(SITE_DIST, FILES);
    const before = checkLinks(dir, '/');
    writeFileSync(join(dir, 'robots.txt'), `${readFileSync(join(dir, 'robots.txt'), 'utf8')}Sitemap: https://atlas-ikm.example.org/sitemap-9.xml\n`);
    writeFileSync(
      join(dir, 'sitemap-index.xml'),
      readFileSync(join(dir, 'sitemap-index.xml'), 'utf8').replace('</sitemapindex>', '<sitemap><loc>https://atlas-ikm.example.org/sitemap-7.xml</loc></sitemap></sitemapindex>'),
    );
    expect(added(before, checkLinks(dir, '/')).map((p) => [p.from, p.href])).toEqual([
      ['sitemap-index.xml', 'https://atlas-ikm.example.org/sitemap-7.xml'],
      ['robots.txt', 'https://atlas-ikm.example.org/sitemap-9.xml'],
    ]);
  });

  it('under a sub-path, reports an internal link without the base (even when the file exists) or written relative', () => {
    const dir = copySome(SITE_SUB_DIST, FILES);
    const before = checkLinks(dir, SUB_BASE, { requireBase: true });
    plant(dir, CLUSTER, `<a href="/provinsi/sumatera-utara/">no base</a><a href="../../provinsi/sumatera-utara/">relative</a><a href="${SUB_BASE}provinsi/sumatera-utara/#main">with base</a>`);
    expect(added(before, checkLinks(dir, SUB_BASE, { requireBase: true })).map((p) => [p.href, p.reason])).toEqual([
      ['/provinsi/sumatera-utara/', `outside the base path ${SUB_BASE}`],
      ['../../provinsi/sumatera-utara/', `relative URL: internal URLs must start with ${SUB_BASE}`],
    ]);
  });
});
