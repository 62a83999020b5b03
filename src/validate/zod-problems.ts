import type { z } from 'astro/zod';
import { show, type Problem } from './problems.ts';

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = data;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

/**
 * Turns zod issues into editor-facing problems: the field as a dotted path,
 * what the schema expected (its message), and what the file holds there.
 */
export function zodProblems(error: z.ZodError, data: unknown, where: { file: string; line?: (path: readonly PropertyKey[]) => number | undefined; row?: number; fieldPrefix?: string }): Problem[] {
  return error.issues.map((issue) => {
    const path = issue.path as PropertyKey[];
    const field = [where.fieldPrefix, ...path.map(String)].filter(Boolean).join('.') || '(root)';
    const found = valueAt(data, path);
    let expected = issue.message;
    let foundText = show(found);
    if (found === undefined) foundText = 'nothing (the field is missing)';
    if (issue.code === 'unrecognized_keys') {
      expected = 'only the documented fields';
      foundText = `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    }
    if (expected.startsWith('Invalid input: expected ')) expected = `a ${expected.slice('Invalid input: expected '.length).replace(/, received .*/, '')}`;
    if (expected.startsWith('Too small') || expected.startsWith('Too big')) expected = expected.replace(/^Too (small|big): expected /, 'a value ');
    // An unknown field is reported at its own line, not at the start of the record holding it.
    const at = issue.code === 'unrecognized_keys' ? [...path, issue.keys[0]!] : path;
    return { file: where.file, line: where.line?.(at), row: where.row, field, expected, found: foundText };
  });
}
