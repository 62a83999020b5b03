// The subset of DejaVu Sans that images are drawn with when their text allows: resvg parses its font
// files for every image, and the full files (1.4 MB, 6 000 glyphs each) cost more to parse than
// the few hundred characters a Latin-script atlas writes. scripts/make-font-subset.ts makes the
// subset files from the full ones (src/images/fonts/); src/images/raster.ts uses them for an SVG
// whose every character is in SUBSET_RANGES, and the full fonts otherwise (an atlas in another
// script still renders right, only slower).

/** Code point ranges (inclusive) kept in the subset fonts. */
export const SUBSET_RANGES: readonly (readonly [number, number])[] = [
  [0x0020, 0x007e], // Basic Latin
  [0x00a0, 0x00ff], // Latin-1 Supplement: no-break space, ·, ×, °, accented letters
  [0x0100, 0x017f], // Latin Extended-A
  [0x2000, 0x206f], // General Punctuation: – — ‘ ’ “ ” … • ‰ and the spaces
  [0x20a0, 0x20bf], // currency signs (€)
  [0x2190, 0x2193], // arrows ← ↑ → ↓
  [0x2212, 0x2212], // minus sign
  [0x2248, 0x2248], // ≈
  [0x2264, 0x2265], // ≤ ≥
];

/** Font files (in src/images/fonts/): each full file and its subset. */
export const FONT_FILES = [
  { full: 'DejaVuSans.ttf', subset: 'DejaVuSans-subset.ttf' },
  { full: 'DejaVuSans-Bold.ttf', subset: 'DejaVuSans-Bold-subset.ttf' },
] as const;

/** Every character of the subset, for the subsetter. */
export function subsetText(): string {
  let s = '';
  for (const [from, to] of SUBSET_RANGES) for (let c = from; c <= to; c++) s += String.fromCodePoint(c);
  return s;
}

const inSubset = (c: number) => c === 0x09 || c === 0x0a || c === 0x0d || SUBSET_RANGES.some(([from, to]) => c >= from && c <= to);
const hex = (c: number) => `\\u{${c.toString(16)}}`;
// Any character outside the subset (tab, newline and carriage return are whitespace, never drawn).
const outside = new RegExp(`[^${hex(9)}${hex(10)}${hex(13)}${SUBSET_RANGES.map(([a, b]) => `${hex(a)}-${hex(b)}`).join('')}]`, 'u');

/**
 * Whether the subset fonts draw this SVG exactly as the full ones: every character of the whole
 * document (text or not: a cheap, safe over-approximation), and every numeric character reference
 * (&#…;), is in the subset.
 */
export function subsetCovers(svg: string): boolean {
  if (outside.test(svg)) return false;
  for (const m of svg.matchAll(/&#(x[0-9a-fA-F]+|[0-9]+);/g)) {
    const ref = m[1]!;
    const c = ref[0] === 'x' ? Number.parseInt(ref.slice(1), 16) : Number(ref);
    if (!inSubset(c)) return false;
  }
  return true;
}
