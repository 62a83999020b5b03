import { describe, expect, it } from 'vitest';
import { EMBED, chartLinksToTop, embedHeight, embedHeights, embedSnippet, lineCount } from '../../src/lib/embed.ts';

const content = {
  title: 'Jumlah unit usaha IKM menurut tahun',
  wideHeight: 205,
  narrowHeight: 311,
  lines: ['Sumber: Kontan, 3 November 2019; Antara, 2017', 'Atlas IKM · CC BY 4.0 · atlas-ikm.example.org/grafik/ikm-units-by-year/ · Kutip'],
};

describe('embed heights', () => {
  it('counts wrapped lines, breaking words longer than a line', () => {
    expect(lineCount('pendek', 300, 13)).toBe(1);
    expect(lineCount('kata '.repeat(60), 300, 13)).toBeGreaterThan(3);
    expect(lineCount('x'.repeat(100), 200, 12)).toBeGreaterThanOrEqual(3);
  });

  it('uses the narrow chart below the breakpoint and the scaled wide chart above', () => {
    const narrow = embedHeight(content, EMBED.narrowBelow - 1);
    const wide = embedHeight(content, 1000);
    expect(narrow).toBeGreaterThan(311);
    expect(wide).toBeGreaterThan(205);
    expect(wide).toBeLessThan(narrow);
    expect(embedHeight(content, 600)).toBeLessThan(embedHeight(content, 1000)); // 584 px of a 640-unit chart
  });

  it('gives each viewport range the most any width in it needs', () => {
    const hs = embedHeights(content);
    expect(hs[0]!.minWidth).toBe(0);
    for (const h of hs) expect(h.height).toBeGreaterThanOrEqual(embedHeight(content, Math.max(280, h.minWidth)));
    expect(hs.at(-1)!.height).toBeGreaterThanOrEqual(embedHeight(content, 1600));
  });

  it('writes a snippet with media queries, a fallback height and the optional script', () => {
    const code = embedSnippet({
      key: 'x-id',
      src: 'https://a.example/embed/x/',
      title: 'A "title"',
      heights: [
        { minWidth: 0, height: 500 },
        { minWidth: 640, height: 300 },
      ],
      script: 'https://a.example/embed.js',
    });
    expect(code).toContain('#atlas-embed-x-id iframe{height:500px}@media (min-width:640px){#atlas-embed-x-id iframe{height:300px}}');
    expect(code).toContain('height="500"');
    expect(code).toContain('title="A &quot;title&quot;"');
    expect(code.endsWith('<script src="https://a.example/embed.js" async></script>')).toBe(true);
  });
});

describe('links inside an embedded chart', () => {
  it('open in the host window, keeping a target already given', () => {
    const svg = '<svg><a href="/provinsi/aceh/"><path d="M0"/></a><a target="_blank" href="/x/"><text>&lt;a b</text></a></svg>';
    expect(chartLinksToTop(svg)).toBe('<svg><a target="_top" href="/provinsi/aceh/"><path d="M0"/></a><a target="_blank" href="/x/"><text>&lt;a b</text></a></svg>');
  });
});
