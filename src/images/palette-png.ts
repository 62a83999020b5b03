// Lossless indexed PNGs. resvg encodes every image as 8-bit RGBA, but a chart or card drawn on white
// with a handful of colours usually has at most 256 distinct pixel values (anti-aliasing included),
// and then a palette PNG (colour type 3: one byte per pixel plus a table of colours) holds exactly
// the same pixels in a fraction of the bytes, and deflating one byte per pixel is faster than
// resvg's encoder. The chunks are written here by hand (PNG spec, https://www.w3.org/TR/png/):
// signature, IHDR, PLTE, tRNS (only if some pixel is not opaque), one IDAT, IEND.
import { crc32, deflateSync } from 'node:zlib';

/**
 * Bumped whenever this encoder's output bytes change; part of the image cache key (src/images/raster.ts),
 * with the zlib version, so PNGs cached by another encoder are never reused.
 */
export const PALETTE_PNG_VERSION = 1;

/**
 * Deflate level. Measured on this site's 40 palette publication PNGs (22 chart images at 1 200 and
 * 2 400 px, less 4 with more than 256 colours; 5 December 2026, node 24.21, zlib 1.3.2.1-motley),
 * colour counting included: level 1 3.45 MB in 0.73 s, level 6 2.44 MB in 1.18 s, level 9 2.19 MB
 * in 4.90 s. Level 9 saves 10 % of the bytes for 4 times the time (more than resvg's own encoder
 * takes for all 44 images: 2.67 s), so 6.
 */
export const DEFLATE_LEVEL = 6;

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** One chunk: length, type, data, CRC-32 of type and data. */
function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * tiny-skia (resvg's pixel buffer) stores premultiplied RGBA; a PNG holds straight alpha. This is
 * the conversion tiny-skia's own PNG encoder makes (`PremultipliedColorU8::demultiply`: c / (a / 255)
 * rounded, fully transparent pixels black), so both encoders give the same pixels; a unit test
 * compares them over every alpha value.
 */
function demultiply(r: number, g: number, b: number, a: number): [number, number, number] {
  if (a === 0) return [0, 0, 0];
  const f = a / 255;
  const d = (c: number) => Math.min(255, Math.floor(c / f + 0.5));
  return [d(r), d(g), d(b)];
}

/**
 * An indexed PNG of `width` × `height` premultiplied RGBA pixels (resvg's `render().pixels`), or
 * undefined when they have more than 256 distinct values (the caller then keeps resvg's own PNG).
 * Deterministic: the palette is in order of first occurrence, row by row, so the same pixels always
 * give the same bytes.
 */
export function palettePng(pixels: Uint8Array, width: number, height: number, level = DEFLATE_LEVEL): Buffer | undefined {
  const count = width * height;
  if (pixels.length !== count * 4) throw new Error(`palettePng: ${pixels.length} bytes for ${width} × ${height} RGBA pixels`);
  // One 32-bit word per pixel (a copy if the buffer is not 4-byte aligned).
  const words = pixels.byteOffset % 4 === 0 ? new Uint32Array(pixels.buffer, pixels.byteOffset, count) : new Uint32Array(new Uint8Array(pixels).buffer);
  const index = new Map<number, number>();
  const colours: number[] = [];
  // Each row starts with its filter byte, 0 (None): filters rarely help indexed images (PNG spec, 12.8).
  const raw = new Uint8Array(count + height);
  let last = -1;
  let lastIndex = 0;
  for (let y = 0, p = 0, o = 0; y < height; y++) {
    raw[o++] = 0;
    for (let x = 0; x < width; x++, p++) {
      const w = words[p]!;
      if (w !== last) {
        let i = index.get(w);
        if (i === undefined) {
          if (colours.length === 256) return undefined;
          i = colours.length;
          index.set(w, i);
          colours.push(w);
        }
        last = w;
        lastIndex = i;
      }
      raw[o++] = lastIndex;
    }
  }

  const plte = new Uint8Array(colours.length * 3);
  const alpha = new Uint8Array(colours.length);
  let lastTranslucent = -1;
  colours.forEach((w, i) => {
    // The word's bytes in memory order are R, G, B, A whatever the platform's endianness.
    const bytes = new Uint8Array(new Uint32Array([w]).buffer);
    const a = bytes[3]!;
    const [r, g, b] = a === 255 ? [bytes[0]!, bytes[1]!, bytes[2]!] : demultiply(bytes[0]!, bytes[1]!, bytes[2]!, a);
    plte.set([r, g, b], i * 3);
    alpha[i] = a;
    if (a !== 255) lastTranslucent = i;
  });

  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth: one byte per index
  ihdr[9] = 3; // colour type 3: indexed
  // compression 0 (deflate), filter method 0, interlace 0: the bytes after are already zero.
  const parts = [SIGNATURE, chunk('IHDR', ihdr), chunk('PLTE', plte)];
  // tRNS gives the alpha of palette entries 0…n; entries after it are opaque, so it ends at the last translucent one.
  if (lastTranslucent >= 0) parts.push(chunk('tRNS', alpha.subarray(0, lastTranslucent + 1)));
  parts.push(chunk('IDAT', deflateSync(raw, { level })), chunk('IEND', new Uint8Array(0)));
  return Buffer.concat(parts);
}
