import type { Problem } from './problems.ts';

export interface CsvRow {
  /** 1-based data row number (the header is row 0). */
  row: number;
  /** 1-based physical line where the row starts. */
  line: number;
  values: Record<string, string>;
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
}

/** Longest accepted field; a longer one means a broken export or a pasted blob. */
export const MAX_FIELD_CHARS = 10_000;

/**
 * A strict RFC 4180 reader (comma, double quotes, CRLF or LF) that keeps line numbers,
 * so every problem can point at the line an editor sees.
 */
export function parseCsv(text: string, file: string, problems: Problem[]): CsvTable | undefined {
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let quoted = false;
  let fieldStarted = false;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        const next = text[i];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
          problems.push({ file, line, field: '(csv)', expected: 'a comma or line end after a closing quote', found: JSON.stringify(next) });
          return undefined;
        }
        continue;
      }
      if (c === '\n') line++;
      field += c;
      i++;
      continue;
    }
    if (c === '"') {
      if (fieldStarted && field !== '') {
        problems.push({ file, line, field: '(csv)', expected: 'quotes only around a whole field', found: 'a quote inside an unquoted field' });
        return undefined;
      }
      quoted = true;
      fieldStarted = true;
      i++;
      continue;
    }
    if (c === ',') {
      fields.push(field);
      field = '';
      fieldStarted = false;
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      fields.push(field);
      records.push({ line: recordLine, fields });
      fields = [];
      field = '';
      fieldStarted = false;
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
      continue;
    }
    // Unquoted run: jump to the next delimiter at once (a 50 MB cell must not be read char by char).
    let j = i + 1;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d === 44 || d === 10 || d === 13 || d === 34) break;
      j++;
    }
    field += text.slice(i, j);
    fieldStarted = true;
    i = j;
  }
  if (quoted) {
    problems.push({ file, line: recordLine, field: '(csv)', expected: 'a closing double quote', found: 'the end of the file inside a quoted field' });
    return undefined;
  }
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    records.push({ line: recordLine, fields });
  }
  const nonEmpty = records.filter((r) => !(r.fields.length === 1 && r.fields[0] === ''));
  if (nonEmpty.length === 0) {
    problems.push({ file, field: '(csv)', expected: 'a header row', found: 'no rows' });
    return undefined;
  }
  const [head, ...body] = nonEmpty;
  const header = head!.fields.map((h) => h.trim());
  const seen = new Set<string>();
  for (const h of header) {
    if (h === '') problems.push({ file, line: head!.line, field: '(header)', expected: 'a name for every column', found: 'an empty column name' });
    else if (seen.has(h)) problems.push({ file, line: head!.line, field: h, expected: 'unique column names', found: `"${h}" twice` });
    seen.add(h);
  }
  const rows: CsvRow[] = [];
  body.forEach((rec, index) => {
    const row = index + 1;
    if (rec.fields.length !== header.length) {
      problems.push({ file, line: rec.line, row, field: '(row)', expected: `${header.length} fields (${header.join(',')})`, found: `${rec.fields.length} fields` });
      return;
    }
    const values: Record<string, string> = {};
    let ok = true;
    header.forEach((h, k) => {
      const v = rec.fields[k]!;
      if (v.length > MAX_FIELD_CHARS) {
        problems.push({ file, line: rec.line, row, field: h, expected: `at most ${MAX_FIELD_CHARS} characters`, found: `${v.length} characters` });
        ok = false;
      }
      values[h] = v;
    });
    if (ok) rows.push({ row, line: rec.line, values });
  });
  return { header, rows };
}

const PLAIN_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;

/**
 * Reads a CSV cell as a number. Only plain numbers are accepted ("1234.5", "-0.24"):
 * "1.234.567", "1,234" or "6,19" are refused with a message that names the habit.
 * Returns null for an empty cell (a gap), undefined when it is not a number.
 */
export function csvNumber(raw: string, opts: { dotThousands?: boolean } = {}): { value: number | null } | { error: string } {
  const v = raw.trim();
  if (v === '') return { value: null };
  // "1.700" is a valid decimal, but in Indonesian data it almost always means one thousand seven hundred.
  // Statistic columns refuse it (write 1700, or 1.7 for the decimal); coordinates, with their many decimals, don't.
  if (opts.dotThousands && /^-?[1-9]\d{0,2}(\.\d{3})+$/.test(v)) return { error: 'a dot followed by three digits, read as thousands separators (write 1700, or 1.7 for a decimal)' };
  if (PLAIN_NUMBER.test(v)) {
    const n = Number(v);
    return Number.isFinite(n) ? { value: n } : { error: 'a number too large to store' };
  }
  if (/^-?\d{1,3}(\.\d{3})+$/.test(v)) return { error: 'thousands separators (dots) in a number' };
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(v)) return { error: 'thousands separators (commas) in a number' };
  if (/^-?\d+,\d+$/.test(v)) return { error: 'a decimal comma in a number' };
  if (/^-?\d{1,3}(\.\d{3})+,\d+$/.test(v)) return { error: 'Indonesian number formatting (dot thousands, comma decimal)' };
  return { error: 'text that is not a number' };
}
