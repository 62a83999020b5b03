import { isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { cachedParse, parseCacheOpen } from './parse-cache.ts';
import { yamlListItems } from './yaml-list.ts';
import { show, type Problem } from './problems.ts';

export interface ParsedYaml {
  data: unknown;
  /** Line (1-based, in the whole file) of the node at a path, or of the nearest parent that exists. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/**
 * Largest YAML text accepted (a data file or a frontmatter block). The YAML parser keeps a syntax
 * tree with positions, several times the size of the text: bigger files belong in CSV.
 */
export const MAX_YAML_BYTES = 8 * 1024 * 1024;
/**
 * Most alias expansions (*name) in one YAML document. A few aliases are fine; a "billion laughs"
 * document expands a handful of lines into gigabytes.
 */
export const MAX_YAML_ALIASES = 50;

/** A number as people write it in a data file: decimal digits, optional sign, fraction and exponent. */
const PLAIN_NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/**
 * Parses YAML and keeps positions, so schema problems can name a line.
 * `lineOffset` is for frontmatter: the YAML starts after the opening `---`.
 * Every problem (syntax, size, aliases, numbers) is recorded with its file and line, and the
 * caller goes on with the other files.
 */
export function parseYaml(text: string, file: string, problems: Problem[], lineOffset = 0): ParsedYaml | undefined {
  // A long list in a data file, item by item (src/validate/yaml-list.ts): each item's result is cached.
  const list = lineOffset === 0 && parseCacheOpen() && text.length >= SPLIT_FROM && text.length <= MAX_YAML_BYTES ? parseList(text, file) : undefined;
  if (list) return list;
  // From the parse cache (src/validate/parse-cache.ts) only the data: positions are found by parsing
  // again, and only when a later check reports a problem in this text.
  let parsed: ParsedYaml | undefined;
  const { value, cached } = cachedParse(
    'yaml',
    [lineOffset],
    text,
    () => {
      parsed = parseWithPositions(text, file, problems, lineOffset);
      return parsed && { data: parsed.data };
    },
    (result) => result !== undefined,
  );
  if (!value) return undefined;
  if (!cached) return parsed;
  let again: ParsedYaml | undefined;
  return {
    data: value.data,
    lineOf(path) {
      again ??= parseWithPositions(text, file, [], lineOffset);
      return again?.lineOf(path);
    },
  };
}

/** Texts shorter than this are parsed whole: cutting pays only for long lists. */
const SPLIT_FROM = 64 * 1024;

/**
 * A data file's list parsed item by item through the parse cache; undefined when the text is not such
 * a list or any part of it has a problem (the caller parses the whole text, which reports it with its line).
 */
function parseList(text: string, file: string): ParsedYaml | undefined {
  const list = yamlListItems(text);
  if (!list) return undefined;
  const part = (kind: string, t: string) =>
    cachedParse(
      kind,
      [],
      t,
      () => parseWithPositions(t, file, [], 0)?.data,
      (v) => v !== undefined,
    ).value;
  const items: unknown[] = [];
  for (const t of list.items) {
    const one = part('yaml-item', t);
    if (!Array.isArray(one) || one.length !== 1) return undefined;
    items.push(one[0]);
  }
  let data: unknown = items;
  if (list.key !== undefined) {
    const head = list.head.trim() === '' ? {} : part('yaml-head', list.head);
    if (!head || typeof head !== 'object' || Array.isArray(head) || Object.hasOwn(head, list.key)) return undefined;
    data = { ...head, [list.key]: items };
  }
  let again: ParsedYaml | undefined;
  return {
    data,
    // Positions only when a later check reports a problem, from the whole text.
    lineOf(path) {
      again ??= parseWithPositions(text, file, [], 0);
      return again?.lineOf(path);
    },
  };
}

function parseWithPositions(text: string, file: string, problems: Problem[], lineOffset: number): ParsedYaml | undefined {
  if (text.length > MAX_YAML_BYTES) {
    problems.push({
      file,
      line: lineOffset + 1,
      field: '(yaml)',
      expected: `YAML under ${MAX_YAML_BYTES / 1024 / 1024} MB (put large tables in CSV)`,
      found: `${(text.length / 1024 / 1024).toFixed(1)} MB`,
    });
    return undefined;
  }
  const counter = new LineCounter();
  const lineAt = (offset: number) => counter.linePos(offset).line + lineOffset;
  // uniqueKeys: a key written twice is an error, not a silent overwrite.
  const doc: Document = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false, strict: true });
  if (doc.errors.length > 0) {
    for (const err of doc.errors) {
      const line = err.linePos?.[0]?.line ?? (err.pos ? counter.linePos(err.pos[0]).line : undefined);
      problems.push({ file, line: line !== undefined ? line + lineOffset : undefined, field: '(yaml)', expected: 'valid YAML', found: err.message.split('\n')[0]! });
    }
    return undefined;
  }

  // Numbers other than plain decimals: YAML reads 0x16 as 22, .nan and .inf as numbers and 1e400 as
  // Infinity, none of which an editor means (and the schema would report NaN as "null").
  let odd = false;
  visit(doc, {
    Scalar(_key, node, path) {
      if (typeof node.value !== 'number') return;
      const source = node.source ?? String(node.value);
      if (PLAIN_NUMBER.test(source.trim()) && Number.isFinite(node.value)) return;
      odd = true;
      const reason = Number.isNaN(node.value) ? 'read as "not a number"' : !Number.isFinite(node.value) ? 'read as infinity' : `read as ${node.value}`;
      problems.push({
        file,
        line: node.range ? lineAt(node.range[0]) : undefined,
        field: fieldOf(path, node) || '(root)',
        expected: 'a plain decimal number such as 22 or 3.5 (no hexadecimal, octal, .nan, .inf or out-of-range numbers; quote it if it is text)',
        found: `${show(source)}, ${reason}`,
      });
    },
  });
  if (odd) return undefined;

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }) as unknown;
  } catch (err) {
    let firstAlias: number | undefined;
    visit(doc, {
      Alias(_key, node) {
        firstAlias = node.range?.[0];
        return visit.BREAK;
      },
    });
    problems.push({
      file,
      line: firstAlias !== undefined ? lineAt(firstAlias) : lineOffset + 1,
      field: '(yaml)',
      expected: `YAML whose aliases (*name) expand to at most ${MAX_YAML_ALIASES} copies (write the values out)`,
      found: (err as Error).message.split('\n')[0]!,
    });
    return undefined;
  }
  return {
    data,
    lineOf(path) {
      for (let k = path.length; k >= 0; k--) {
        const node = doc.getIn(path.slice(0, k) as unknown[], true);
        if (isNode(node) && node.range) return lineAt(node.range[0]);
        // For a missing key, point at the map that should hold it.
      }
      return doc.contents?.range ? lineAt(doc.contents.range[0]) : undefined;
    },
  };
}

/** Dotted field name of a node from the ancestors yaml's visit() hands over ("figures.0.value"). */
function fieldOf(path: readonly unknown[], node: unknown): string {
  const parts: string[] = [];
  const chain = [...path, node];
  for (let i = 0; i < chain.length - 1; i++) {
    const here = chain[i];
    const next = chain[i + 1];
    if (isPair(here) && next !== here.key) parts.push(String(isScalar(here.key) ? here.key.value : here.key));
    else if (isSeq(here)) parts.push(String(here.items.indexOf(next as never)));
  }
  return parts.join('.');
}
