/**
 * A problem found in a data or content file, written for an editor:
 * where it is (file and line or row), which field, what was expected and what was found.
 */
export interface Problem {
  file: string;
  /** 1-based line in the file (YAML, frontmatter, MDX body, CSV physical line). */
  line?: number;
  /** 1-based data row in a CSV file (header excluded), when it helps more than a line. */
  row?: number;
  field: string;
  expected: string;
  found: string;
}

export function formatProblem(p: Problem): string {
  const where = p.line !== undefined ? `${p.file}:${p.line}` : p.file;
  const row = p.row !== undefined ? ` (row ${p.row})` : '';
  return `${where}${row} · ${p.field || '(file)'} · expected ${p.expected} · found ${p.found}`;
}

export function formatProblems(problems: Problem[]): string {
  const lines = problems.map(formatProblem);
  const n = problems.length;
  return `${n} problem${n === 1 ? '' : 's'} in the atlas files:\n${lines.map((l) => `  ${l}`).join('\n')}`;
}

/** Short, single-line rendering of a found value, so a 50 MB string never floods the terminal. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  let s = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  if (s === undefined) s = String(value);
  return s.length > 80 ? `${s.slice(0, 77)}…" (${s.length} characters)` : s;
}

export class AtlasError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(formatProblems(problems));
    this.name = 'AtlasError';
    this.problems = problems;
  }
}
