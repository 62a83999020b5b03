import { describe, expect, it } from 'vitest';
import { renderChart } from '../../../src/charts/index.ts';
import { idCount, input, tiles } from './fixtures.ts';
import { parse, plotted, texts } from './helpers.ts';

// 30 of the 38 provinces have a value; the last 8 have none.
const data = tiles.slice(0, 30).map((t, i) => ({ x: t.code, xLabel: t.name, y: 1.2 + i * 0.83 }));
const chart = input({ kind: 'tilemap', tiles, data, yLabel: 'Pangsa (%)' });
const out = renderChart(chart);

describe('tilemap', () => {
  it('draws 38 squares and 38 labels, at both widths', () => {
    for (const svg of [out.wide, out.narrow]) {
      const root = parse(svg);
      const squares = plotted(root, 'rect');
      expect(squares).toHaveLength(38);
      for (const s of squares) expect(s.getAttribute('width')).toBe(s.getAttribute('height'));
      const labels = texts(root);
      expect(labels).toHaveLength(38);
      expect(new Set(labels)).toEqual(new Set(tiles.map((t) => t.short)));
    }
  });

  it('fits the grid: 13 columns of equal squares inside the narrow canvas', () => {
    const squares = plotted(parse(out.narrow), 'rect');
    const right = Math.max(...squares.map((s) => Number(s.getAttribute('x')) + Number(s.getAttribute('width'))));
    expect(right).toBeLessThanOrEqual(320);
    expect(Number(squares[0]!.getAttribute('width'))).toBeGreaterThanOrEqual(20); // room for a 2-letter 12px label
  });

  it('fills tiles with data from the sequential scale and marks the rest as no data', () => {
    const squares = plotted(parse(out.wide), 'rect');
    const filled = squares.filter((s) => s.getAttribute('fill')?.startsWith('var(--chart-seq-'));
    expect(filled).toHaveLength(30);
    const empty = squares.filter((s) => s.closest('g')?.getAttribute('stroke-dasharray') === '3,2');
    expect(empty).toHaveLength(8);
    // lowest and highest values land in the first and last palette steps
    expect(filled[0]!.getAttribute('fill')).toBe('var(--chart-seq-1, #ece51b)');
    expect(filled[29]!.getAttribute('fill')).toBe('var(--chart-seq-5, #414487)');
  });

  it('has a legend with the value bins and the no-data swatch', () => {
    const header = parse(out.wide).querySelector('.atlas-chart-header')!;
    const labels = [...header.querySelectorAll('text')].map((t) => t.textContent);
    expect(labels).toEqual(['Pangsa (%)', '0%–10%', '10%–20%', '20%–30%', 'Tanpa data']);
    expect(header.querySelector('rect[stroke-dasharray]')).not.toBeNull();
    const en = parse(renderChart({ ...chart, lang: 'en' }).wide).querySelector('.atlas-chart-header')!;
    expect(en.textContent).toContain('No data');
  });

  it('highlight mode: highlighted tiles in the highlight colour, a two-entry legend', () => {
    const hl = renderChart({ ...chart, data: [], highlight: ['32', '33', '35', '51'], yLabel: 'Sentra batik' });
    const root = parse(hl.wide);
    const squares = plotted(root, 'rect');
    expect(squares).toHaveLength(38);
    expect(squares.filter((s) => s.getAttribute('fill') === 'var(--chart-highlight, #0072B2)')).toHaveLength(4);
    expect(texts(root)).toHaveLength(38);
    expect([...root.querySelectorAll('.atlas-chart-header text')].map((t) => t.textContent)).toEqual(['Sentra batik', 'Lainnya']);
  });

  it('refuses codes that are not tiles', () => {
    expect(() => renderChart({ ...chart, data: [{ x: '99', xLabel: 'X', y: 1 }] })).toThrow(/99/);
    expect(() => renderChart({ ...chart, data: [], highlight: ['00'] })).toThrow(/00/);
  });
});

describe('tilemap labels on a phone', () => {
  // The real grid: 14 columns and short names as readers write them (Sumut, Gorontalo, Papua Teng).
  const named = [...tiles.map((t) => ({ ...t })), { code: '99', short: 'NTB', name: 'Nusa Tenggara Barat', col: 13, row: 5 }];
  const rename = (code: string, short: string) => (named.find((t) => t.code === code)!.short = short);
  rename('12', 'Sumut');
  rename('75', 'Gorontalo');
  rename('94', 'Papua Teng');
  const drawn = renderChart({ ...chart, tiles: named, data: [] });
  const label = (svg: string, text: string) => [...parse(svg).querySelectorAll('text, tspan')].find((t) => t.textContent === text)!;
  const squares = (svg: string) => plotted(parse(svg), 'rect');

  it('wraps the grid on a phone so tiles stay big enough for a name: the eastern columns go under the western ones', () => {
    const narrow = squares(drawn.narrow);
    const size = Number(narrow[0]!.getAttribute('width')) + 3; // the square plus its 1.5 px inset each side
    expect(size).toBeGreaterThanOrEqual(34);
    const right = Math.max(...narrow.map((s) => Number(s.getAttribute('x')) + Number(s.getAttribute('width'))));
    expect(right).toBeLessThanOrEqual(320);
    // Papua Selatan (col 12) sits below Aceh (col 0) on a phone; beside it on a wide screen.
    const at = (svg: string, code: string) => {
      const i = named.findIndex((t) => t.code === code);
      const r = squares(svg).find((s) => s.querySelector('title')?.textContent?.startsWith(named[i]!.name))!;
      return { x: Number(r.getAttribute('x')), y: Number(r.getAttribute('y')) };
    };
    expect(at(drawn.narrow, '93').y).toBeGreaterThan(at(drawn.narrow, '11').y + 5 * size);
    expect(at(drawn.wide, '93').x).toBeGreaterThan(at(drawn.wide, '11').x);
    // No two tiles overlap after wrapping.
    const cells = new Set(narrow.map((s) => `${s.getAttribute('x')},${s.getAttribute('y')}`));
    expect(cells.size).toBe(named.length);
  });

  it('breaks a two-word name into two lines and narrows only a line wider than its tile, keeping 12 px', () => {
    const root = parse(drawn.narrow);
    const room = Number(squares(drawn.narrow)[0]!.getAttribute('width')) + 3 - 2;
    expect(label(drawn.narrow, 'Papua')!.tagName.toLowerCase()).toBe('tspan');
    expect(label(drawn.narrow, 'Teng')).toBeDefined();
    const gorontalo = label(drawn.narrow, 'Gorontalo');
    expect(gorontalo.getAttribute('lengthAdjust')).toBe('spacingAndGlyphs');
    expect(Number(gorontalo.getAttribute('textLength'))).toBe(room);
    expect(label(drawn.narrow, 'NTB').hasAttribute('textLength')).toBe(false);
    expect(label(drawn.narrow, 'AC').hasAttribute('textLength')).toBe(false);
    expect(label(drawn.wide, 'Sumut').hasAttribute('textLength')).toBe(false);
    expect(gorontalo.closest('[font-size]')!.getAttribute('font-size')).toBe('12');
    // Labels let a tap through to the tile's link.
    expect(gorontalo.closest('g')!.getAttribute('pointer-events')).toBe('none');
    expect(root.querySelectorAll('text[font-size], tspan[font-size]')).toHaveLength(0);
  });
});

describe('tilemap links, hover values and values in tiles', () => {
  const linked = tiles.map((t) => ({ ...t, href: `/provinsi/${t.code}/` }));
  const withValues = renderChart({ ...chart, tiles: linked, tileValues: true });

  it.each(['wide', 'narrow'] as const)('%s: every tile is a link to its page, named by a title with its value', (variant) => {
    const root = parse(withValues[variant]);
    const links = [...root.querySelectorAll('a')];
    expect(links).toHaveLength(38);
    const byHref = new Map(links.map((a) => [a.getAttribute('href'), a]));
    for (const [i, t] of tiles.entries()) {
      const a = byHref.get(`/provinsi/${t.code}/`)!;
      expect(a.firstElementChild!.tagName.toLowerCase()).toBe('title');
      // The name carries the visible tile label (WCAG 2.5.3): "Aceh (AC): 1,2%".
      expect(a.firstElementChild!.textContent).toBe(i < 30 ? `${t.name} (${t.short}): ${chart.format(1.2 + i * 0.83)}` : `${t.name} (${t.short}): tanpa data`);
      expect(a.querySelector('rect')).not.toBeNull();
    }
    expect(root.getAttribute('role')).toBe('group');
  });

  it('writes the value under the label when asked, and not otherwise', () => {
    const jatim = tiles.findIndex((t) => t.code === '33'); // Jawa Tengah, one of the 30 with a value
    const value = chart.format(1.2 + jatim * 0.83);
    const spans = [...parse(withValues.wide).querySelectorAll('tspan')].map((t) => t.textContent);
    expect(spans).toContain(value);
    expect(spans).toContain(tiles[jatim]!.short);
    expect(out.wide).not.toContain(`>${value}<`);
  });

  it('writes large values compactly in the tile and in full in the hover title', () => {
    const big = renderChart({ ...chart, tiles: linked, tileValues: true, data: [{ x: '33', xLabel: 'Jawa Tengah', y: 898162 }], format: idCount });
    const root = parse(big.narrow);
    expect([...root.querySelectorAll('tspan')].map((t) => t.textContent!.replace(/\s/g, ' '))).toContain('898,2 rb');
    expect(root.querySelector('a[href="/provinsi/33/"] > title')!.textContent).toBe('Jawa Tengah (JT): 898.162 unit');
  });

  it('writes what tileFormat says in the tile when a chart gives one', () => {
    const counts = renderChart({ ...chart, tiles: linked, tileValues: true, data: [{ x: '33', xLabel: 'Jawa Tengah', y: 3 }], format: (n) => `${n} klaster`, tileFormat: String });
    const spans = [...parse(counts.wide).querySelectorAll('tspan')].map((t) => t.textContent);
    expect(spans).toContain('3');
    expect(spans).not.toContain('3 klaster');
  });

  it('gives every tile a hover title even without links; the chart stays one image', () => {
    const root = parse(out.wide);
    expect(root.getAttribute('role')).toBe('img');
    expect(root.querySelectorAll('a')).toHaveLength(0);
    expect(plotted(root, 'rect > title')).toHaveLength(38);
  });
});

describe('tilemap of whole-number counts', () => {
  const counts = [1, 2, 2, 3, 5, 4, 1];
  const data = tiles.slice(0, counts.length).map((t, i) => ({ x: t.code, xLabel: t.name, y: counts[i]! }));
  const root = parse(renderChart({ ...chart, data, yLabel: 'Klaster', format: (v: number) => `${v} klaster` }).wide);

  it('gives each value its own legend entry and colour, instead of ranges that share their ends', () => {
    const labels = [...root.querySelectorAll('.atlas-chart-header text')].map((t) => t.textContent);
    expect(labels).toEqual(['Klaster', '1 klaster', '2 klaster', '3 klaster', '4 klaster', '5 klaster', 'Tanpa data']);
    const fills = plotted(root, 'rect')
      .filter((s) => s.getAttribute('fill')?.startsWith('var(--chart-seq-'))
      .map((s) => s.getAttribute('fill'));
    // Five values, five palette steps, in order: 1 → step 1 … 5 → step 5.
    expect(fills).toEqual(counts.map((c) => expect.stringContaining(`--chart-seq-${c},`)));
  });
});
