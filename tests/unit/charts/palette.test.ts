import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { categorical, highlight } from '../../../src/charts/palette.ts';

// The page colours charts through CSS custom properties; a downloaded image has only the fallbacks
// written into the SVG (src/charts/palette.ts). Every light palette in the stylesheet (the page, the
// embed, print) must be those fallbacks, or a chart downloaded from the page changes colour.
const css = readFileSync(new URL('../../../src/styles/global.css', import.meta.url), 'utf8') + readFileSync(new URL('../../../src/styles/reader.css', import.meta.url), 'utf8');

describe('chart palette', () => {
  it('the stylesheet light palettes are the fallbacks written into the images', () => {
    const blocks = [...css.matchAll(/--chart-1: (#[0-9a-f]{6});[^}]*?--chart-highlight: (#[0-9a-f]{6}); --chart-highlight-ink: (#[0-9a-f]{6})/gi)];
    const light = blocks.filter((m) => m[1]!.toLowerCase() === categorical[0].toLowerCase());
    expect(light.length).toBeGreaterThanOrEqual(3); // :root, the embed, print
    for (const m of light) {
      const vars = categorical.map((_, i) => new RegExp(`--chart-${i + 1}: (#[0-9a-f]{6})`, 'i').exec(m[0])![1]!.toLowerCase());
      expect(vars).toEqual(categorical.map((c) => c.toLowerCase()));
      expect([m[2]!.toLowerCase(), m[3]!.toLowerCase()]).toEqual([highlight.fill.toLowerCase(), highlight.ink.toLowerCase()]);
    }
  });
});
