import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { Problem } from './problems.ts';

export interface ParsedYaml {
  data: unknown;
  /** Line (1-based, in the whole file) of the node at a path, or of the nearest parent that exists. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/**
 * Parses YAML and keeps positions, so schema problems can name a line.
 * `lineOffset` is for frontmatter: the YAML starts after the opening `---`.
 */
export function parseYaml(text: string, file: string, problems: Problem[], lineOffset = 0): ParsedYaml | undefined {
  const counter = new LineCounter();
  // uniqueKeys: a key written twice is an error, not a silent overwrite.
  const doc: Document = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false, strict: true });
  if (doc.errors.length > 0) {
    for (const err of doc.errors) {
      const line = err.linePos?.[0]?.line ?? (err.pos ? counter.linePos(err.pos[0]).line : undefined);
      problems.push({ file, line: line !== undefined ? line + lineOffset : undefined, field: '(yaml)', expected: 'valid YAML', found: err.message.split('\n')[0]! });
    }
    return undefined;
  }
  const data = doc.toJS({ maxAliasCount: 50 }) as unknown;
  return {
    data,
    lineOf(path) {
      for (let k = path.length; k >= 0; k--) {
        const node = doc.getIn(path.slice(0, k) as unknown[], true);
        if (isNode(node) && node.range) return counter.linePos(node.range[0]).line + lineOffset;
        // For a missing key, point at the map that should hold it.
      }
      return doc.contents?.range ? counter.linePos(doc.contents.range[0]).line + lineOffset : undefined;
    },
  };
}
