import { describe, expect, it } from 'vitest';
import { mdxComponentNames } from '../../src/validate/mdx-components.ts';
import { allowedUrl, checkMdx, parseMdx } from '../../src/validate/mdx-safety.ts';

const components = ['Stat', 'Chart', 'Source', 'Conflict', 'RegionGrid', 'ClusterMap'];

/** Parses a body that starts on line 10 of its file and checks it. */
function check(body: string, unsafe = false) {
  const parsed = parseMdx(body, 'c.mdx', 10);
  if (parsed.problem) return { syntax: parsed.problem, problems: [], usages: [] };
  return { syntax: undefined, ...checkMdx(parsed.tree!, { file: 'c.mdx', firstLine: 10, components, unsafe }) };
}

describe('MDX safety', () => {
  it('reads the component names from the one list in src/components/mdx.ts', () => {
    expect(mdxComponentNames()).toEqual(expect.arrayContaining(components));
  });

  it('allows Markdown, the atlas components with literal props and plain HTML', () => {
    const r = check(
      [
        '# Heading',
        '',
        'Text with **bold**, a [link](/klaster/x/) and <abbr title="Usaha Mikro">UMKM</abbr>.',
        '',
        '| a | b |',
        '|---|---|',
        '| 1 | 2 |',
        '',
        '<Stat id="a.b" unit={false} /> <Source id="s1" />',
        '',
        '<RegionGrid highlight={["52", "53"]} title="T" />',
        '',
        '<a href="https://example.org/x">x</a> <a href="mailto:a@example.org">m</a> <a href="#top">t</a>',
        '',
        '{/* a note for editors */}',
      ].join('\n'),
    );
    expect(r.syntax).toBeUndefined();
    expect(r.problems).toEqual([]);
    expect(r.usages).toEqual([
      { component: 'Stat', id: 'a.b', line: 18 },
      { component: 'Source', id: 's1', line: 18 },
      { component: 'RegionGrid', id: '52', line: 20 },
      { component: 'RegionGrid', id: '53', line: 20 },
    ]);
  });

  it('reads a component split over lines at its first line, and ignores one in inline code', () => {
    const r = check('Text <Stat\n  id="a" /> and `<Stat id="b" />`.\n\n```\n<Stat id="c" />\n```');
    expect(r.problems).toEqual([]);
    expect(r.usages).toEqual([{ component: 'Stat', id: 'a', line: 10 }]);
  });

  it.each([
    ['<img src="/x.png" onerror="alert(1)" />', '<img> onerror', 'no event handlers'],
    ['<a href="javascript&#58;alert(1)">x</a>', '<a> href', 'http(s)'],
    ['[x](javascript&#58;alert(1))', '(link URL)', 'http(s)'],
    ['[x](data:text/html,hi)', '(link URL)', 'http(s)'],
    ['<a href="java\tscript:x">x</a>', '<a> href', 'http(s)'],
    ['<a href="/\\evil.example">x</a>', '<a> href', 'http(s)'],
    ['<img src="https://tracker.example/p.gif" alt="" />', '<img> src', 'an image on this site'],
    ['![x](https://tracker.example/p.gif)', '(image URL)', 'an image on this site'],
    ['<iframe src="https://example.org"></iframe>', '<iframe>', 'an allowed HTML element'],
    ['<form action="/x"></form>', '<form>', 'an allowed HTML element'],
    ['<object data="/x"></object>', '<object>', 'an allowed HTML element'],
    ['<div style="color: red">x</div>', '<div> style', 'no style'],
    ['<div set:html="<b>x</b>" />', '<div> set:html', 'only the attributes'],
    ['<Stat id="a" set:html="x" />', '<Stat> set:html', 'no set:html'],
    ['{globalThis.process.env.HOME}', '(body)', 'no {…} expressions'],
    ['{process.getBuiltinModule("fs").readFileSync("/etc/hostname", "utf8")}', '(body)', 'no {…} expressions'],
    ['import fs from "node:fs"', '(body)', 'no import or export'],
    ['export const x = 1', '(body)', 'no import or export'],
    ['<Stat id={"a" + 1} />', '<Stat> id', 'a literal prop'],
    ['<Stat id="a" {...props} />', '<Stat>', 'no {…} spread'],
    ['<stat id="a" />', '<stat>', '<Stat> (components start with a capital letter)'],
    ['<Gallery />', '<Gallery>', 'one of the atlas components'],
    ['<a href={url}>x</a>', '<a> href', 'a literal value'],
  ])('refuses %s', (body, field, expected) => {
    const r = check(body);
    expect(r.syntax).toBeUndefined();
    expect(r.problems.length).toBeGreaterThan(0);
    expect(r.problems[0]).toMatchObject({ file: 'c.mdx', line: 10, field });
    expect(r.problems[0]!.expected).toContain(expected);
  });

  it('with unsafe_mdx, lets code through but still records usages', () => {
    const r = check('{1 + 1} <Stat id="a" />');
    expect(r.problems.length).toBe(1);
    const u = check('{1 + 1} <Stat id="a" />', true);
    expect(u.problems).toEqual([]);
    expect(u.usages).toEqual([{ component: 'Stat', id: 'a', line: 10 }]);
  });

  it('reports an unclosed element at the line of its opening tag, in file lines', () => {
    const r = check('Intro.\n\n<div>\nunclosed\n\nmore');
    expect(r.syntax).toMatchObject({ file: 'c.mdx', line: 12, field: '(mdx syntax)' });
    expect(r.syntax!.found).toContain('line 12');
  });

  it('accepts only http(s), mailto and site-relative URLs', () => {
    for (const ok of ['https://a.example/x', 'http://a.example', 'mailto:x@y.example', '/x/', '#a', '?q=1', 'x/y', '../x']) expect(allowedUrl(ok), ok).toBe(true);
    for (const bad of ['javascript:x', 'JavaScript:x', 'javascript&#58;x', 'javascript&colon;x', ' javascript:x', 'vbscript:x', 'data:text/html,x', '//evil.example', 'file:///etc/passwd', 'a:b/c'])
      expect(allowedUrl(bad), bad).toBe(false);
  });
});

describe('unsafe_mdx in data/site.yaml', async () => {
  const { appendFileSync, cpSync, mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { validateAtlas } = await import('../../src/validate/index.ts');
  const MINI = join(import.meta.dirname, '../fixtures/sites/mini');
  const withExpression = (unsafe: boolean) => {
    const root = mkdtempSync(join(tmpdir(), 'atlas-unsafe-'));
    cpSync(MINI, root, { recursive: true });
    if (unsafe) appendFileSync(join(root, 'data/site.yaml'), 'unsafe_mdx: true\n');
    appendFileSync(join(root, 'content/pages/en/index.mdx'), '\nTwo is {1 + 1}.\n');
    return validateAtlas(root).problems;
  };
  it('refuses an expression by default and lets it through when the atlas opts in', () => {
    expect(withExpression(false)).toEqual([expect.objectContaining({ file: 'content/pages/en/index.mdx', line: 10, field: '(body)' })]);
    expect(withExpression(true)).toEqual([]);
  });
});
