import { describe, expect, it } from 'vitest';
import { csvNumber, parseCsv } from '../../src/validate/csv.ts';
import type { Problem } from '../../src/validate/problems.ts';

describe('parseCsv', () => {
  it('reads quoted fields with commas, quotes and line breaks, keeping line numbers', () => {
    const problems: Problem[] = [];
    const t = parseCsv('a,b\n1,"x, ""y"""\n2,"multi\nline"\n3,z\n', 'f.csv', problems)!;
    expect(problems).toEqual([]);
    expect(t.header).toEqual(['a', 'b']);
    expect(t.rows.map((r) => r.values.b)).toEqual(['x, "y"', 'multi\nline', 'z']);
    expect(t.rows.map((r) => r.line)).toEqual([2, 3, 5]);
    expect(t.rows.map((r) => r.row)).toEqual([1, 2, 3]);
  });
  it('accepts CRLF line ends and a missing final newline', () => {
    const problems: Problem[] = [];
    const t = parseCsv('a,b\r\n1,2\r\n3,4', 'f.csv', problems)!;
    expect(t.rows.map((r) => r.values.a)).toEqual(['1', '3']);
  });
  it('reports a row with the wrong number of fields, naming its line', () => {
    const problems: Problem[] = [];
    parseCsv('a,b\n1,2\n3\n', 'f.csv', problems);
    expect(problems).toEqual([{ file: 'f.csv', line: 3, row: 2, field: '(row)', expected: '2 fields (a,b)', found: '1 fields' }]);
  });
  it('reports an unclosed quote', () => {
    const problems: Problem[] = [];
    expect(parseCsv('a\n"oops\n', 'f.csv', problems)).toBeUndefined();
    expect(problems[0]).toMatchObject({ line: 2, expected: 'a closing double quote' });
  });
  it('reports a cell longer than the limit with its line and column', () => {
    const problems: Problem[] = [];
    parseCsv(`a,b\n1,${'x'.repeat(20_000)}\n`, 'f.csv', problems);
    expect(problems).toEqual([{ file: 'f.csv', line: 2, row: 1, field: 'b', expected: 'at most 10000 characters', found: '20000 characters' }]);
  });
  it('stops at a row far too long to read, naming its line and column', () => {
    const problems: Problem[] = [];
    expect(parseCsv(`a,b,c\n1,2,3\n4,5,${'x'.repeat(5_000_000)}\n`, 'f.csv', problems)).toBeUndefined();
    expect(problems).toEqual([{ file: 'f.csv', line: 3, field: 'c', expected: 'at most 10000 characters', found: 'a row of more than 160000 characters' }]);
  });
  it('reports a quote inside an unquoted field and text after a closing quote, with their lines', () => {
    const a: Problem[] = [];
    parseCsv('a,b\n1,2\n3,x"y\n', 'f.csv', a);
    expect(a).toEqual([{ file: 'f.csv', line: 3, field: '(csv)', expected: 'quotes only around a whole field', found: 'a quote inside an unquoted field' }]);
    const b: Problem[] = [];
    parseCsv('a,b\n"1"2,3\n', 'f.csv', b);
    expect(b).toEqual([{ file: 'f.csv', line: 2, field: '(csv)', expected: 'a comma or line end after a closing quote', found: 'more text after the closing quote' }]);
  });
  it('skips empty lines and counts them in the line numbers', () => {
    const problems: Problem[] = [];
    const t = parseCsv('a,b\n\n1,2\n\n\n3,"x\ny"\n4,5\n', 'f.csv', problems)!;
    expect(problems).toEqual([]);
    expect(t.rows.map((r) => r.line)).toEqual([3, 6, 8]);
  });
});

describe('csvNumber', () => {
  it('accepts plain numbers and empty gaps', () => {
    expect(csvNumber('1234.5')).toEqual({ value: 1234.5 });
    expect(csvNumber('-0.24')).toEqual({ value: -0.24 });
    expect(csvNumber('')).toEqual({ value: null });
  });
  it('names the formatting habit it refuses', () => {
    expect(csvNumber('4.209.817')).toEqual({ error: 'thousands separators (dots) in a number' });
    expect(csvNumber('1,250,000')).toEqual({ error: 'thousands separators (commas) in a number' });
    expect(csvNumber('6,19')).toEqual({ error: 'a decimal comma in a number' });
    expect(csvNumber('1.234,5')).toEqual({ error: 'Indonesian number formatting (dot thousands, comma decimal)' });
    expect(csvNumber('n/a')).toEqual({ error: 'text that is not a number' });
  });
  it('reads "1.700" as thousands in statistic columns, but as a decimal in coordinates', () => {
    expect(csvNumber('1.700', { dotThousands: true })).toMatchObject({ error: expect.stringContaining('thousands separators') });
    expect(csvNumber('0.125', { dotThousands: true })).toEqual({ value: 0.125 });
    expect(csvNumber('1.7', { dotThousands: true })).toEqual({ value: 1.7 });
    expect(csvNumber('3.575')).toEqual({ value: 3.575 });
  });
});

describe('firstInvalidUtf8', () => {
  it('finds a Latin-1 byte and accepts real UTF-8', async () => {
    const { firstInvalidUtf8 } = await import('../../src/validate/read.ts');
    expect(firstInvalidUtf8(new TextEncoder().encode('Institut é ✓ 𝄞'))).toBe(-1);
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0x62, 0xe9, 0x0a]))).toBe(2);
    expect(firstInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0);
  });
});

describe('CSV downloads against formula injection', async () => {
  const { csvField, toCsv } = await import('../../src/lib/downloads.ts');
  it('prefixes formula-leading text with an apostrophe and leaves numbers alone', () => {
    expect(csvField('=HYPERLINK("http://x.example","click")')).toBe('"\'=HYPERLINK(""http://x.example"",""click"")"');
    expect(csvField('+cmd')).toBe("'+cmd");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tx')).toBe("'\tx");
    expect(csvField('\r=1')).toBe('"\'\r=1"');
    expect(csvField(-5)).toBe('-5');
    expect(csvField(-0.24)).toBe('-0.24');
    expect(csvField('-0.24')).toBe('-0.24');
    expect(csvField('a=b')).toBe('a=b');
    expect(toCsv(['t', 'v'], [['=1+1', -3]])).toBe("t,v\r\n'=1+1,-3\r\n");
  });
});
