import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeParseCache, openParseCache } from '../../src/validate/parse-cache.ts';
import type { Problem } from '../../src/validate/problems.ts';
import { parseYaml } from '../../src/validate/yaml.ts';
import { yamlListItems } from '../../src/validate/yaml-list.ts';
import { tempDir } from '../lib/atlas-fixtures.ts';

/** Records written in the ways editors write YAML: block and folded scalars, quoted and plain lines that wrap, nested lists, flow maps, comments, an item whose content starts on the next line. */
function record(n: number): string {
  const kinds = [
    `  - id: rec-${n}\n    value: ${n * 1.5}\n    label: { id: "Rekam ${n}", en: Record ${n} }\n`,
    `  - id: rec-${n}\n    note: |\n      Baris satu ${n}\n        menjorok\n      - bukan butir\n    value: ${n}\n`,
    `  - id: rec-${n}\n    note: >-\n      dilipat\n      jadi satu ${n}\n    tags:\n    - a\n    - b: [1, 2, "3"]\n`,
    `  # komentar sebelum butir ${n}\n  - id: rec-${n}\n    title: "kutip yang\n      bersambung ${n}"\n    plain: kata yang\n      bersambung\n`,
    `  -\n    id: rec-${n}\n    period: "2023"\n    empty:\n    yes: yes\n`,
  ];
  return kinds[n % kinds.length]!;
}

const list = (n: number, from = 0) => `# Berkas angka\ntopic: { id: Nilai, en: Value }\nnote: >\n  teks kepala\nfigures:\n${Array.from({ length: n }, (_, i) => record(from + i)).join('')}`;

/** parseYaml with the parse cache open (as npm run build has it): its data, problems and the cache's counts. */
function cached(file: string, text: string) {
  openParseCache(file, 'engine-1');
  const problems: Problem[] = [];
  const parsed = parseYaml(text, 'data/figures/x.yaml', problems);
  const stats = closeParseCache()!;
  return { data: parsed?.data, parsed, problems, ...stats };
}

const whole = (text: string) => {
  const problems: Problem[] = [];
  return { data: parseYaml(text, 'data/figures/x.yaml', problems)?.data, problems };
};

describe('long YAML lists parsed item by item (src/validate/yaml-list.ts)', () => {
  const dir = tempDir('yaml-list');

  it('cuts a list into its items after the head and its key', () => {
    const cut = yamlListItems(list(3))!;
    expect(cut.key).toBe('figures');
    expect(cut.head).toBe('# Berkas angka\ntopic: { id: Nilai, en: Value }\nnote: >\n  teks kepala');
    // Each item's lines; the last keeps the text's final newline.
    expect(cut.items).toEqual([record(0).slice(0, -1), record(1).slice(0, -1), record(2)]);
    expect(yamlListItems('- a\n- b: 1\n  c: 2\n')!.items).toEqual(['- a', '- b: 1\n  c: 2\n']);
  });

  it('leaves whole what items could not be parsed alone in', () => {
    // An anchor and alias, a second document, a line of an item no deeper than the items, a list not last, a tab.
    expect(yamlListItems('figures:\n  - &a {x: 1}\n  - *a\n')).toBeUndefined();
    expect(yamlListItems('figures:\n  - 1\n---\nfigures:\n  - 2\n')).toBeUndefined();
    expect(yamlListItems('figures:\n  - "a\n  b"\n')).toBeUndefined();
    expect(yamlListItems('figures:\n  - 1\nafter: 2\n')).toBeUndefined();
    expect(yamlListItems('figures:\n\t- 1\n')).toBeUndefined();
    expect(yamlListItems('topic: x\n')).toBeUndefined();
  });

  it('gives the same data as parsing the whole text, key order included', () => {
    const text = list(800);
    expect(text.length).toBeGreaterThan(64 * 1024);
    const expected = whole(text);
    expect(expected.problems).toEqual([]);
    const first = cached(join(dir, 'same.parse'), text);
    // Every item and the head parsed on their own.
    expect(first.misses).toBe(801);
    expect(first.problems).toEqual([]);
    expect(JSON.stringify(first.data)).toBe(JSON.stringify(expected.data));
    expect((first.data as { figures: unknown[] }).figures).toHaveLength(800);
    // Positions come from the whole text: item 4's period is on its own line.
    const lines = text.split('\n');
    const line = first.parsed!.lineOf(['figures', 4, 'period']);
    expect(lines[line! - 1]).toBe('    period: "2023"');
  });

  it('one changed record is the only part parsed again', () => {
    const file = join(dir, 'edit.parse');
    const text = list(800);
    cached(file, text);
    const changed = text.replace('value: 30\n', 'value: 31\n');
    expect(changed).not.toBe(text);
    const second = cached(file, changed);
    expect(second.misses).toBe(1);
    expect(second.hits).toBe(800);
    expect(JSON.stringify(second.data)).toBe(JSON.stringify(whole(changed).data));
  });

  it('a problem in one record is reported as parsing the whole text reports it, with its line', () => {
    const text = list(800).replace('value: 30\n', 'value: 0x1E\n');
    const expected = whole(text);
    expect(expected.problems).toHaveLength(1);
    const got = cached(join(dir, 'problem.parse'), text);
    expect(got.data).toBeUndefined();
    expect(got.problems).toEqual(expected.problems);
  });

  it('a list the cut cannot take (an alias) is parsed whole, to the same data', () => {
    const text = `${list(800)}  - id: shared\n    label: &l { id: a, en: b }\n    again: *l\n`;
    const got = cached(join(dir, 'alias.parse'), text);
    expect(got.misses).toBe(1);
    expect(JSON.stringify(got.data)).toBe(JSON.stringify(whole(text).data));
  });
});
