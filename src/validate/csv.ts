import { parse } from 'csv-parse/sync';
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

/** A row longer than this many fields' worth stops the reader at once (a 50 MB cell is not read to its end). */
const MAX_RECORD_CHARS = MAX_FIELD_CHARS * 16;

/** csv-parse's errors, said as an editor would need them. */
const CSV_ERRORS: Record<string, { expected: string; found: string }> = {
  CSV_QUOTE_NOT_CLOSED: { expected: 'a closing double quote', found: 'the end of the file inside a quoted field' },
  CSV_INVALID_CLOSING_QUOTE: { expected: 'a comma or line end after a closing quote', found: 'more text after the closing quote' },
  INVALID_OPENING_QUOTE: { expected: 'quotes only around a whole field', found: 'a quote inside an unquoted field' },
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: { expected: 'a comma or line end after a closing quote', found: 'more text after the closing quote' },
};

/**
 * A strict RFC 4180 reader (comma, double quotes, CRLF or LF) on csv-parse that keeps line numbers,
 * so every problem can point at the line an editor sees.
 */
export function parseCsv(text: string, file: string, problems: Problem[]): CsvTable | undefined {
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    parsed = parse(text, { info: true, relax_column_count: true, skip_empty_lines: true, max_record_size: MAX_RECORD_CHARS }) as unknown as typeof parsed;
  } catch (err) {
    const e = err as Error & { code?: string; lines?: number; column?: number };
    if (e.code === 'CSV_MAX_RECORD_SIZE') {
      const head = parseHeader(text);
      problems.push({ file, line: e.lines, field: head[e.column ?? -1] ?? '(row)', expected: `at most ${MAX_FIELD_CHARS} characters`, found: `a row of more than ${MAX_RECORD_CHARS} characters` });
    } else {
      const known = CSV_ERRORS[e.code ?? ''];
      problems.push({ file, line: e.lines, field: '(csv)', expected: known?.expected ?? 'a well-formed CSV file (RFC 4180)', found: known?.found ?? e.message });
    }
    return undefined;
  }
  // csv-parse counts the line a record ends on; a quoted field may span lines, so step back over them.
  const records = parsed.map(({ record, info }) => ({ line: info.lines - record.reduce((t, f) => t + (f.match(/\n/g)?.length ?? 0), 0), fields: record }));
  if (records.length === 0) {
    problems.push({ file, field: '(csv)', expected: 'a header row', found: 'no rows' });
    return undefined;
  }
  const [head, ...body] = records;
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

/** The header row alone (for naming the column of a row too long to read). */
function parseHeader(text: string): string[] {
  const end = text.search(/\r?\n/);
  try {
    return (parse(end < 0 ? text : text.slice(0, end)) as string[][])[0]?.map((h) => h.trim()) ?? [];
  } catch {
    return [];
  }
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
