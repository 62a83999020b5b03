import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/validate/problems.ts';
import { MAX_YAML_BYTES, parseYaml } from '../../src/validate/yaml.ts';

describe('parseYaml limits', () => {
  it('refuses numbers an editor does not mean, each with its field and line', () => {
    const problems: Problem[] = [];
    const r = parseYaml('a: .nan\nb:\n  - 1\n  - 0x16\nc: { d: 1e400, e: .inf, g: 0o14, ok: 1.5e3 }\n', 'f.yaml', problems);
    expect(r).toBeUndefined();
    expect(problems.map((p) => [p.line, p.field, p.found])).toEqual([
      [1, 'a', '".nan", read as "not a number"'],
      [4, 'b.1', '"0x16", read as 22'],
      [5, 'c.d', '"1e400", read as infinity'],
      [5, 'c.e', '".inf", read as infinity'],
      [5, 'c.g', '"0o14", read as 12'],
    ]);
    expect(problems[0]!.expected).toContain('plain decimal number');
  });

  it('keeps plain numbers, a few aliases and frontmatter line offsets', () => {
    const problems: Problem[] = [];
    const r = parseYaml('x: &a -2.5\ny: *a\nz: +3\n', 'f.mdx', problems, 1)!;
    expect(problems).toEqual([]);
    expect(r.data).toEqual({ x: -2.5, y: -2.5, z: 3 });
    expect(r.lineOf(['y'])).toBe(3);
  });

  it('turns an alias bomb into one problem with a line instead of a crash', () => {
    const rows = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const [name, prev] of [
      ['b', 'a'],
      ['c', 'b'],
      ['d', 'c'],
      ['e', 'd'],
    ])
      rows.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    const problems: Problem[] = [];
    expect(parseYaml(rows.join('\n'), 'bomb.yaml', problems, 1)).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'bomb.yaml', line: 3, field: '(yaml)' });
    expect(problems[0]!.expected).toContain('aliases');
  });

  it('refuses an oversized YAML text without parsing it', () => {
    const problems: Problem[] = [];
    expect(parseYaml(`a: "${'x'.repeat(MAX_YAML_BYTES)}"`, 'big.yaml', problems)).toBeUndefined();
    expect(problems[0]).toMatchObject({ file: 'big.yaml', field: '(yaml)' });
  });
});
