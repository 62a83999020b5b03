import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT } from '../lib/atlas-fixtures.ts';
import { doc, siteWords } from '../lib/built-site.ts';
import { SITE_DIST } from '../lib/site-builds.ts';

/**
 * Embed pages are compact (title, chart, one source line, one credit line; the caveat and the
 * citation one link away), carry the chart's canonical address and citation, and the snippet on
 * the chart page gives heights per viewport width instead of one fixed height.
 */
const ORIGIN = 'https://atlas-ikm.example.org';
const words = siteWords();
const seriesIds = readdirSync(join(PROJECT, 'data/series'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.slice(0, -5))
  .sort();

describe('embed pages', () => {
  for (const locale of ['id', 'en'] as const) {
    it(`are compact and cite their chart (${locale})`, () => {
      for (const id of seriesIds) {
        const chartPath = `/${locale === 'en' ? 'en/' : ''}${words.charts[locale]}/${id}/`;
        const d = doc(SITE_DIST, `${locale === 'en' ? 'en/' : ''}embed/${id}/index.html`);
        const main = d.querySelector('main.embed')!;
        expect(d.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(`${ORIGIN}${chartPath}`);
        // Only the figure, the source line and the credit line: no table, no download list, no textarea, no rule.
        expect([...main.children].map((c) => `${c.localName}.${c.getAttribute('class')}`)).toEqual(['figure.chart', 'p.embed-line embed-source', 'p.embed-line embed-credit']);
        expect(main.querySelector('table, details, textarea, hr, ul')).toBeNull();
        const credit = d.querySelector('.embed-credit')!;
        expect(credit.textContent).toContain(`CC BY 4.0 · ${ORIGIN.replace('https://', '')}${chartPath}`);
        const hrefs = [...credit.querySelectorAll('a')].map((a) => a.getAttribute('href'));
        expect(hrefs).toContain(`${chartPath}#chart-${id}-cite`);
        expect(
          [...d.querySelectorAll('a')].every((a) => a.getAttribute('target') === '_top'),
          'links leave the frame',
        ).toBe(true);
        // The caveat: one link away, to a note that exists on the chart page.
        const chartPage = doc(SITE_DIST, `${chartPath.slice(1)}index.html`);
        const note = chartPage.querySelector(`#chart-${id}-note`);
        if (note) expect(hrefs).toContain(`${chartPath}#chart-${id}-note`);
        expect(chartPage.querySelector(`#chart-${id}-cite`)).not.toBeNull();
        // The citation, as data.
        const ld = JSON.parse(d.querySelector('script[type="application/ld+json"]')!.textContent!);
        expect(ld.url).toBe(`${ORIGIN}${chartPath}`);
        expect(ld.creditText).toContain(`${ORIGIN}${chartPath}`);
        // Its one script is the optional same-origin resize report.
        expect([...d.querySelectorAll('script[src]')].map((s) => s.getAttribute('src'))).toEqual(['/embed-resize.js']);
      }
    });
  }

  it('the snippet gives a height per viewport width, computed per chart, and names the optional script', () => {
    const heights = new Set<string>();
    for (const id of seriesIds) {
      const raw = doc(SITE_DIST, `${words.charts.id}/${id}/index.html`).querySelector(`#chart-${id}-embed`)!.textContent!;
      const code = raw
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&');
      const rules = [...code.matchAll(/(?:@media \(min-width:(\d+)px\)\{)?#atlas-embed-[\w-]+ iframe\{height:(\d+)px\}/g)].map((m) => [Number(m[1] ?? 0), Number(m[2])] as const);
      expect(rules.length, id).toBeGreaterThanOrEqual(4);
      expect(rules.map(([w]) => w)).toEqual([...rules.map(([w]) => w)].sort((a, b) => a - b));
      const tallest = Math.max(...rules.map(([, h]) => h));
      expect(code).toContain(`height="${tallest}"`);
      expect(code).toContain(`src="${ORIGIN}/embed/${id}/"`);
      expect(code).toMatch(new RegExp(`<script src="${ORIGIN}/embed\\.js" async></script>$`));
      heights.add(rules.map(([, h]) => h).join(','));
    }
    expect(heights.size, 'heights differ from chart to chart').toBeGreaterThan(1);
  });
});
