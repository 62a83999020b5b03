// A small PNG decoder for the tests, written from the spec (https://www.w3.org/TR/png/) and
// independent of the encoder under test: 8-bit, non-interlaced, colour types 2 (RGB), 3 (indexed,
// with PLTE and optional tRNS) and 6 (RGBA), all five row filters. Gives straight RGBA pixels.
import { crc32, inflateSync } from 'node:zlib';

export interface Decoded {
  width: number;
  height: number;
  colourType: number;
  /** Chunk types in file order. */
  chunks: string[];
  /** Straight (not premultiplied) RGBA, 4 bytes a pixel. */
  rgba: Uint8Array;
}

export function decodePng(buf: Uint8Array): Decoded {
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  if (b.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a') throw new Error('not a PNG');
  let width = 0;
  let height = 0;
  let depth = 0;
  let colourType = -1;
  let plte: Buffer | undefined;
  let trns: Buffer | undefined;
  const idat: Buffer[] = [];
  const chunks: string[] = [];
  for (let p = 8; p < b.length; ) {
    const len = b.readUInt32BE(p);
    const type = b.toString('latin1', p + 4, p + 8);
    const data = b.subarray(p + 8, p + 8 + len);
    if (b.readUInt32BE(p + 8 + len) !== crc32(b.subarray(p + 4, p + 8 + len))) throw new Error(`bad CRC in ${type}`);
    chunks.push(type);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      depth = data[8]!;
      colourType = data[9]!;
      if (data[12] !== 0) throw new Error('interlaced PNGs are not decoded here');
    } else if (type === 'PLTE') plte = data;
    else if (type === 'tRNS') trns = data;
    else if (type === 'IDAT') idat.push(data);
    p += 12 + len;
  }
  if (depth !== 8) throw new Error(`bit depth ${depth} is not decoded here`);
  const channels = { 2: 3, 3: 1, 6: 4 }[colourType];
  if (!channels) throw new Error(`colour type ${colourType} is not decoded here`);
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  if (raw.length !== height * (stride + 1)) throw new Error('wrong amount of image data');
  const rows = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const src = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const cur = rows.subarray(y * stride, (y + 1) * stride);
    const prev = y > 0 ? rows.subarray((y - 1) * stride, y * stride) : new Uint8Array(stride);
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? cur[x - channels]! : 0;
      const up = prev[x]!;
      const c = x >= channels ? prev[x - channels]! : 0;
      let pred = 0;
      if (filter === 1) pred = a;
      else if (filter === 2) pred = up;
      else if (filter === 3) pred = (a + up) >> 1;
      else if (filter === 4) {
        const pa = Math.abs(up - c);
        const pb = Math.abs(a - c);
        const pc = Math.abs(a + up - 2 * c);
        pred = pa <= pb && pa <= pc ? a : pb <= pc ? up : c;
      } else if (filter !== 0) throw new Error(`unknown filter ${filter}`);
      cur[x] = (src[x]! + pred) & 0xff;
    }
  }
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    if (colourType === 6) rgba.set(rows.subarray(i * 4, i * 4 + 4), i * 4);
    else if (colourType === 2) rgba.set([rows[i * 3]!, rows[i * 3 + 1]!, rows[i * 3 + 2]!, 255], i * 4);
    else {
      const k = rows[i]!;
      if (!plte || k * 3 >= plte.length) throw new Error(`palette index ${k} out of range`);
      rgba.set([plte[k * 3]!, plte[k * 3 + 1]!, plte[k * 3 + 2]!, trns && k < trns.length ? trns[k]! : 255], i * 4);
    }
  }
  return { width, height, colourType, chunks, rgba };
}
