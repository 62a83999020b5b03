import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import type { Problem } from './problems.ts';

/**
 * Largest data or content file accepted. A bigger one is almost always a mistake (an export gone wrong);
 * below it, an oversized cell is reported with its line and column by the CSV reader.
 */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a text file strictly: it must exist, be non-empty, be valid UTF-8 and not be huge.
 * Returns the text (without a BOM) or undefined after recording a problem.
 */
export function readText(path: string, root: string, problems: Problem[]): string | undefined {
  const file = relative(root, path) || path;
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    problems.push({ file, field: '(file)', expected: 'a readable file', found: 'no such file' });
    return undefined;
  }
  if (size > MAX_FILE_BYTES) {
    problems.push({ file, field: '(file)', expected: `a file under ${MAX_FILE_BYTES / 1024 / 1024} MB`, found: `${(size / 1024 / 1024).toFixed(1)} MB` });
    return undefined;
  }
  const bytes = readFileSync(path);
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    problems.push({ file, line: lineAt(bytes, at), field: '(encoding)', expected: 'UTF-8 text', found: `an invalid byte 0x${bytes[at]?.toString(16).padStart(2, '0')} at byte ${at}` });
    return undefined;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') {
    problems.push({ file, field: '(file)', expected: 'some content', found: 'an empty file' });
    return undefined;
  }
  return text;
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    let min = 0;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 10) line++;
  return line;
}
