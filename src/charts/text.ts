// Text metrics without a browser: a deliberately generous estimate of the width
// of 12px system-ui text, used to size margins, wrap and truncate labels.

const FONT_SIZE = 12;
export const LINE_HEIGHT = 15;

// Widths in em, close to DejaVu Sans (the widest common fallback for system-ui).
const THIN = new Set([..."ijl.,:;'|!I "]);
const SLIM = new Set([...'tfr()[]-/']);
const WIDE = new Set([...'mwMW@%']);

function charWidth(ch: string): number {
  if (THIN.has(ch)) return 0.3;
  if (SLIM.has(ch)) return 0.42;
  if (WIDE.has(ch)) return 0.95;
  if (ch >= '0' && ch <= '9') return 0.64;
  if (ch >= 'A' && ch <= 'Z') return 0.72;
  return 0.62;
}

/** Estimated width in px of `text` at 12px. */
export function measure(text: string): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return Math.ceil(em * FONT_SIZE);
}

export function maxWidth(texts: Iterable<string>): number {
  let max = 0;
  for (const t of texts) max = Math.max(max, measure(t));
  return max;
}

/** Shortens `text` with an ellipsis so it fits in `width` px. */
export function truncate(text: string, width: number): string {
  if (measure(text) <= width) return text;
  const chars = [...text];
  while (chars.length > 1 && measure(`${chars.join('')}…`) > width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/** Greedy word wrap into lines of at most `width` px; over-long words are truncated. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= width || !line) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines.map((l) => truncate(l, width));
}
