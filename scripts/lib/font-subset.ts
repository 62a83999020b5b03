// subset-font (HarfBuzz's subsetter in WebAssembly) with the options the image fonts are made with.
// It ships no types: the one function used is typed here.
import { createRequire } from 'node:module';

type SubsetFont = (font: Buffer, text: string, options: { targetFormat: 'sfnt' | 'woff' | 'woff2'; noHinting?: boolean }) => Promise<Buffer>;
const subsetFont = createRequire(import.meta.url)('subset-font') as SubsetFont;

/**
 * A TrueType font holding only the glyphs of `text` (and those its layout features reach), with
 * their outlines, advances, kerning and the family name unchanged. Hinting is dropped: resvg draws
 * outlines unhinted, so it never reads it.
 */
export function makeSubset(font: Buffer, text: string): Promise<Buffer> {
  return subsetFont(font, text, { targetFormat: 'sfnt', noHinting: true });
}
