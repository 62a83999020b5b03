/**
 * A long YAML list cut into its items, so the parse cache (src/validate/parse-cache.ts) keeps each
 * item's result and an edit to one record parses that record again, not the whole file. At 10 000
 * clusters a figures file holds 10 000 records in 4 MB; parsing it whole after one changed value
 * took about 2 s of a 37 s incremental build.
 *
 * A block list is the concatenation of its items: with no anchors or aliases (an item could refer to
 * another), no directives and no second document, each item parses alone to what it is in the whole.
 * The cut is made only where that plainly holds, and only on text shaped like the atlas's lists:
 *
 *   topic: …            (optional lines of a mapping, each key once)
 *   figures:            (the list's key, last, at the start of its line)
 *     - id: a           (items at one indentation; every other line of an item deeper)
 *       value: 1
 *     - id: b
 *
 * or a file that is the list itself. Anything else returns undefined and is parsed whole, as is text
 * whose items do not each parse cleanly: the caller falls back to the whole text, whose parse reports
 * every problem with its line.
 */

/** Where a text is a list: the lines before it (without the key line), the key holding it (none when the document is the list), and its items' texts. */
export interface YamlList {
  head: string;
  key: string | undefined;
  items: string[];
}

const ITEM = /^( *)-(?: |\r?$)/;
const KEY_LINE = /^([A-Za-z_][\w-]*):[ ]*(?:#.*)?\r?$/;
/** Anchors, aliases (and so merge keys), directives and document markers: items may depend on each other. */
const SHARED = /[&*]|^(?:---|\.\.\.|%)/m;

const meaningful = (line: string) => {
  const t = line.trim();
  return t !== '' && !t.startsWith('#');
};
const indentOf = (line: string) => line.length - line.trimStart().length;

export function yamlListItems(text: string): YamlList | undefined {
  if (SHARED.test(text) || text.includes('\t') || text.charCodeAt(0) === 0xfeff) return undefined;
  const lines = text.split('\n');
  const first = lines.findIndex((l) => ITEM.test(l));
  if (first < 0) return undefined;
  const indent = ITEM.exec(lines[first]!)![1]!.length;
  let keyAt = -1;
  for (let i = first - 1; i >= 0; i--)
    if (meaningful(lines[i]!)) {
      keyAt = i;
      break;
    }
  let key: string | undefined;
  if (keyAt >= 0) {
    key = KEY_LINE.exec(lines[keyAt]!)?.[1];
    if (key === undefined) return undefined;
  }
  const items: string[] = [];
  let start = first;
  for (let i = first + 1; i <= lines.length; i++) {
    const line = lines[i];
    if (line === undefined || (ITEM.test(line) && indentOf(line) === indent)) {
      items.push(lines.slice(start, i).join('\n'));
      start = i;
    } else if (meaningful(line) && indentOf(line) <= indent) return undefined;
  }
  const head = keyAt < 0 ? '' : lines.slice(0, keyAt).join('\n');
  return { head, key, items };
}
