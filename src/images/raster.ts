// SVG → PNG with resvg (a Rust rasteriser shipped as a prebuilt binary inside its npm package):
// no browser in the build. Fonts are the committed DejaVu Sans files only (no system fonts), so a PNG
// is the same on every machine. PNGs are cached on disk by a hash of everything that makes them.
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { FONT_FILES, subsetCovers } from './font-subset.ts';
import { DEFLATE_LEVEL, PALETTE_PNG_VERSION, palettePng } from './palette-png.ts';

export const FONT_FAMILY = 'DejaVu Sans';

/**
 * The project folder, found from where @resvg/resvg-js resolves: this module also runs bundled by
 * Astro (from a staging folder inside the project), where its own import.meta.url says little.
 */
function projectDir(): string {
  const pkg = createRequire(import.meta.url).resolve('@resvg/resvg-js/package.json');
  return resolve(dirname(pkg), '../../..');
}

/** The folder of the font files (src/images/fonts/, DejaVu Sans, see its LICENSE; ATLAS_FONT_DIR for another). */
function fontDir(): string {
  return process.env.ATLAS_FONT_DIR ?? join(projectDir(), 'src/images/fonts');
}

let fonts: string[] | undefined;
/** The full font files: every image could be drawn with these. */
export function fontFiles(): string[] {
  fonts ??= FONT_FILES.map((f) => join(fontDir(), f.full));
  return fonts;
}

let subsetFonts: string[] | null | undefined;
/** The subset font files (src/images/font-subset.ts), or null when the font folder has none. */
function subsetFontFiles(): string[] | null {
  if (subsetFonts === undefined) {
    const files = FONT_FILES.map((f) => join(fontDir(), f.subset));
    subsetFonts = files.every((f) => existsSync(f)) ? files : null;
  }
  return subsetFonts;
}

/**
 * The fonts to draw an SVG with: the subset when it holds every character of the SVG (resvg parses
 * the font files for each image, and the subset's 80 kB parse in a quarter of the full 1.4 MB's
 * time), else the full fonts. Both draw the same pixels for what the subset holds.
 */
export function fontFilesFor(svg: string): string[] {
  const subset = subsetFontFiles();
  return subset && subsetCovers(svg) ? subset : fontFiles();
}

/** How a PNG was encoded: as an indexed palette PNG (src/images/palette-png.ts), or by resvg (RGBA) when the image has more than 256 colours. */
export type Encoder = 'palette' | 'rgba';

/** Draws an SVG as a PNG `width` pixels wide (height follows the viewBox), and says how it was encoded. */
export function draw(svg: string, width: number): { png: Buffer; encoder: Encoder } {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    // fontFiles, not fontBuffers: with buffers resvg-js 2.6.2 ignored fitTo (measured here).
    font: { loadSystemFonts: false, fontFiles: fontFilesFor(svg), defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY, serifFamily: FONT_FAMILY, monospaceFamily: FONT_FAMILY },
  });
  const image = resvg.render();
  // The same pixels either way: a palette PNG when they fit in 256 colours, else resvg's own RGBA PNG.
  const indexed = palettePng(image.pixels, image.width, image.height);
  return indexed ? { png: indexed, encoder: 'palette' } : { png: image.asPng(), encoder: 'rgba' };
}

/** Draws an SVG as a PNG `width` pixels wide (height follows the viewBox). */
export function rasterise(svg: string, width: number): Buffer {
  return draw(svg, width).png;
}

let engineKey: string | undefined;
/**
 * What besides the SVG decides the bytes: the rasteriser's version, the font files' bytes, and the
 * PNG encoder (palette-png.ts's version and deflate level, and zlib's version, whose output may change).
 */
function engine(): string {
  if (engineKey) return engineKey;
  const h = createHash('sha256');
  const req = createRequire(import.meta.url);
  h.update(String((req('@resvg/resvg-js/package.json') as { version: string }).version));
  h.update(`\0palette-png ${PALETTE_PNG_VERSION} level ${DEFLATE_LEVEL} zlib ${process.versions.zlib}\0`);
  for (const f of [...fontFiles(), ...(subsetFontFiles() ?? [])]) h.update(readFileSync(f));
  engineKey = h.digest('hex');
  return engineKey;
}

/** The image cache: outside dist/, kept between builds (ATLAS_IMAGE_CACHE, default node_modules/.cache/atlas-images). */
export function cacheDir(): string {
  return resolve(process.env.ATLAS_IMAGE_CACHE ?? join(projectDir(), 'node_modules/.cache/atlas-images'));
}

export interface ImageStats {
  drawn: number;
  cached: number;
  ms: number;
}
/** Counts of this process: images drawn, images taken from the cache, milliseconds spent on both. */
export const imageStats: ImageStats = { drawn: 0, cached: 0, ms: 0 };

/**
 * A PNG of the SVG at `width` px, from the cache when the same SVG was drawn at that width with the
 * same rasteriser and fonts before (an unchanged chart or card is never drawn again).
 */
export function png(svg: string, width: number): Buffer {
  return readFileSync(pngFile(svg, width));
}

/**
 * The cache file holding the PNG of the SVG at `width` px, drawn first when the cache lacks it: for
 * an output that is linked to the cached file instead of written (src/images/linked-outputs.ts).
 * ATLAS_IMAGE_STATS names a file that receives one line per image, for npm run bench:
 * "drawn|cached ms width bytes" and, for a drawn image, its encoder ("palette" or "rgba").
 */
export function pngFile(svg: string, width: number): string {
  const started = performance.now();
  const key = createHash('sha256').update(engine()).update(`\0${width}\0`).update(svg).digest('hex');
  const file = join(cacheDir(), key.slice(0, 2), `${key}.png`);
  let bytes: number;
  let drawn = false;
  let encoder = '';
  if (existsSync(file)) bytes = process.env.ATLAS_IMAGE_STATS ? statSync(file).size : 0;
  else {
    let out: Buffer;
    ({ png: out, encoder } = draw(svg, width));
    bytes = out.length;
    drawn = true;
    mkdirSync(dirname(file), { recursive: true });
    // Written beside, then renamed: two builds at once never read half a file.
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, out);
    renameSync(tmp, file);
  }
  const ms = performance.now() - started;
  imageStats[drawn ? 'drawn' : 'cached']++;
  imageStats.ms += ms;
  if (process.env.ATLAS_IMAGE_STATS) appendFileSync(process.env.ATLAS_IMAGE_STATS, `${drawn ? 'drawn' : 'cached'} ${ms.toFixed(2)} ${width} ${bytes}${encoder ? ` ${encoder}` : ''}\n`);
  return file;
}

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(buf: Uint8Array): { width: number; height: number } {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (buf.length < 24 || sig.some((b, i) => buf[i] !== b)) throw new Error('not a PNG');
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
