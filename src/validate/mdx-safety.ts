/**
 * Content is data, never code: MDX bodies are parsed with the MDX parser (micromark's mdxjs + GFM,
 * the parser @mdx-js/mdx itself uses) and allowed only Markdown, the atlas's own components with
 * literal props, and an allow-list of HTML elements and attributes. No expressions, no import/export,
 * no event handlers, no style, no set:html, URLs only http(s), mailto and site-relative.
 *
 * The same check runs in the validator (before Astro, every file at once) and as a remark plugin in
 * Astro's own MDX pipeline (astro.config.mjs), so `astro dev` is safe too.
 */
import type { Program } from 'estree';
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { parseEntities } from 'parse-entities';
import { show, type Problem } from './problems.ts';

export interface Usage {
  component: string;
  id: string;
  line: number;
}

/** HTML elements an MDX body may use, for prose that Markdown cannot write (no forms, frames, media, styles). */
export const HTML_ELEMENTS = [
  'a',
  'abbr',
  'b',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'col',
  'colgroup',
  'dd',
  'del',
  'details',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'pre',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
  'var',
  'wbr',
] as const;

/** Attributes any allowed HTML element may carry. */
const GLOBAL_ATTRIBUTES = ['id', 'class', 'className', 'title', 'lang', 'dir', 'aria-label', 'aria-describedby', 'aria-labelledby'];
/** Attributes of particular elements. */
const ELEMENT_ATTRIBUTES: Record<string, string[]> = {
  a: ['href', 'hreflang', 'rel'],
  img: ['src', 'alt', 'width', 'height', 'loading', 'decoding'],
  td: ['colspan', 'rowspan', 'headers'],
  th: ['colspan', 'rowspan', 'headers', 'scope', 'abbr'],
  col: ['span'],
  colgroup: ['span'],
  ol: ['start', 'reversed', 'type'],
  li: ['value'],
  time: ['datetime'],
  blockquote: ['cite'],
  q: ['cite'],
  del: ['cite', 'datetime'],
  ins: ['cite', 'datetime'],
  details: ['open'],
};
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite']);

/** Components whose `id` names a record: they cannot work without one. */
const ID_REQUIRED = new Set(['Stat', 'Chart', 'Source', 'Conflict', 'Term']);

export const ALLOWED_URLS = 'an http(s):// or mailto: URL, or a path on this site (/…, #…)';

/**
 * Is a URL one content may link to? Checked on the decoded value with the characters browsers
 * ignore removed ("java\tscript:", "javascript&#58;"); backslashes are refused as browsers read
 * "/\host" as "//host".
 */
export function allowedUrl(raw: string): boolean {
  // Decode character references twice: "&amp;#58;" never becomes a colon in a browser, but refusing
  // it costs nothing, and a URL with references in it is suspicious anyway.
  const decoded = parseEntities(parseEntities(raw));
  // eslint-disable-next-line no-control-regex
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed (browsers ignore them in a URL scheme)
  const url = decoded.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  if (url.includes('\\')) return false;
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url);
  if (scheme) return ['http', 'https', 'mailto'].includes(scheme[1]!.toLowerCase());
  if (url.startsWith('//')) return false;
  // A colon before any "/", "?" or "#" would be read as a scheme by some parsers.
  const head = url.split(/[/?#]/)[0]!;
  return !head.includes(':');
}

export const ALLOWED_IMAGES = "an image on this site (/…): the site's Content-Security-Policy loads images from this site only";

/** Images load from this site only (img-src 'self' in public/_headers): a path, no scheme, no other host. */
export function allowedImage(raw: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed (browsers ignore them in a URL scheme)
  return allowedUrl(raw) && !/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(parseEntities(raw).replace(/[\u0000-\u0020]/g, ''));
}

export interface MdxParse {
  tree?: Root;
  problem?: Problem;
}

/**
 * Parses an MDX body (frontmatter removed) the way @mdx-js/mdx does. `firstLine` is the line of the
 * file where the body starts, so positions name lines an editor sees. A syntax error is one problem.
 */
let syntax: Parameters<typeof fromMarkdown>[1] | undefined;

export function parseMdx(body: string, file: string, firstLine: number): MdxParse {
  const offset = firstLine - 1;
  // Made once: building the extensions (acorn with JSX among them) costs more than parsing a page.
  syntax ??= { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] };
  try {
    const tree = fromMarkdown(body, syntax);
    return { tree };
  } catch (err) {
    const e = err as { reason?: string; message?: string; line?: number; place?: { line?: number; start?: { line?: number } } };
    let reason = (e.reason ?? e.message ?? String(err)).split('\n')[0]!;
    // Positions quoted inside the message are relative to the body: shift them to the file.
    reason = reason.replace(/\((\d+):(\d+)(?:-(\d+):(\d+))?\)/g, (_m, l1, c1, l2, c2) => `(line ${Number(l1) + offset}, column ${c1}${l2 ? `, to line ${Number(l2) + offset}, column ${c2}` : ''})`);
    // An element that is never closed: the line of its opening tag helps more than where the parser gave up.
    const opened = /closing tag for `[^`]*` \(line (\d+)/.exec(reason);
    const line = opened ? Number(opened[1]) : (e.line ?? e.place?.line ?? e.place?.start?.line ?? 1) + offset;
    return { problem: { file, line, field: '(mdx syntax)', expected: 'valid MDX (Markdown; a literal "<" or "{" in prose must be written as &lt; or &#123;)', found: reason } };
  }
}

export interface MdxCheckOptions {
  file: string;
  /** Line of the file where the body starts (1 when positions are already file lines). */
  firstLine: number;
  /** Names of the atlas's components (src/components/mdx.ts). */
  components: readonly string[];
  /** site.yaml `unsafe_mdx: true`: skip the safety rules (usages are still collected). */
  unsafe?: boolean;
}

/** Walks a parsed MDX body: returns the component usages (for cross-references) and the problems. */
export function checkMdx(tree: Root, opts: MdxCheckOptions): { usages: Usage[]; problems: Problem[] } {
  const { file, components } = opts;
  const offset = opts.firstLine - 1;
  const usages: Usage[] = [];
  const problems: Problem[] = [];
  const lineOf = (n: { position?: { start: { line: number } } }) => (n.position ? n.position.start.line + offset : undefined);
  const refuse = (n: { position?: { start: { line: number } } }, field: string, expected: string, found: string) => {
    if (!opts.unsafe) problems.push({ file, line: lineOf(n), field, expected, found });
  };
  const componentList = components.map((c) => `<${c}>`).join(', ');
  const elementsHelp = `one of the atlas components ${componentList}, or an allowed HTML element (${HTML_ELEMENTS.slice(0, 12)
    .map((e) => `<${e}>`)
    .join(', ')} …; the list is in the README under "Content safety")`;

  const visit = (node: Nodes) => {
    switch (node.type) {
      case 'mdxjsEsm':
        refuse(node, '(body)', 'no import or export (content is data: the atlas components need no import)', show(node.value.split('\n')[0]));
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        const program = node.data?.estree as Program | undefined;
        // {/* a comment */} is the MDX way to leave a note: nothing runs.
        if (program && program.body.length === 0) return;
        refuse(node, '(body)', 'no {…} expressions (content is data, never code: write the text itself, or use <Stat id="…" /> for a figure; {/* comments */} are fine)', show(`{${node.value}}`));
        return;
      }
      case 'html':
        refuse(node, '(body)', 'no raw HTML', show(node.value));
        return;
      case 'link':
      case 'definition':
        if (!allowedUrl(node.url)) refuse(node, `(${node.type} URL)`, ALLOWED_URLS, show(node.url));
        break;
      case 'image':
        if (!allowedImage(node.url)) refuse(node, '(image URL)', ALLOWED_IMAGES, show(node.url));
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        element(node);
        break;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };

  const element = (node: MdxJsxFlowElement | MdxJsxTextElement) => {
    const name = node.name;
    if (name === null) {
      refuse(node, '<>', elementsHelp, 'a fragment <>…</>');
      return;
    }
    if (components.includes(name)) {
      component(node, name);
      return;
    }
    if (/^[A-Z]/.test(name) || name.includes('.') || name.includes(':')) {
      refuse(node, `<${name}>`, `one of the atlas components ${componentList}`, `<${name}>`);
      return;
    }
    if (!(HTML_ELEMENTS as readonly string[]).includes(name)) {
      const component = components.find((c) => c.toLowerCase() === name.toLowerCase());
      refuse(node, `<${name}>`, component ? `<${component}> (components start with a capital letter)` : elementsHelp, `<${name}>`);
      return;
    }
    const allowed = new Set([...GLOBAL_ATTRIBUTES, ...(ELEMENT_ATTRIBUTES[name] ?? [])]);
    for (const attr of node.attributes) {
      if (attr.type === 'mdxJsxExpressionAttribute') {
        refuse(node, `<${name}>`, 'attributes written out (name="value"), no {…} spread', show(`{${attr.value}}`));
        continue;
      }
      const field = `<${name}> ${attr.name}`;
      if (!allowed.has(attr.name)) {
        const why = /^on/i.test(attr.name) ? 'no event handlers; ' : attr.name === 'style' ? 'no style (the site stylesheet styles content); ' : '';
        refuse(node, field, `${why}only the attributes ${[...allowed].join(', ')} on <${name}>`, show(attr.name));
        continue;
      }
      const value = literal(attr);
      if (value === undefined) {
        refuse(node, field, 'a literal value in quotes, no {…} expression', show(`{${expressionText(attr)}}`));
        continue;
      }
      if (name === 'img' && attr.name === 'src') {
        if (typeof value !== 'string' || !allowedImage(value)) refuse(node, field, ALLOWED_IMAGES, show(value));
      } else if (URL_ATTRIBUTES.has(attr.name) && (typeof value !== 'string' || !allowedUrl(value))) refuse(node, field, ALLOWED_URLS, show(value));
    }
  };

  const component = (node: MdxJsxFlowElement | MdxJsxTextElement, name: string) => {
    let id: string | undefined;
    let idWritten = false;
    for (const attr of node.attributes) {
      if (attr.type === 'mdxJsxExpressionAttribute') {
        refuse(node, `<${name}>`, 'props written out (name="value"), no {…} spread', show(`{${attr.value}}`));
        continue;
      }
      const field = `<${name}> ${attr.name}`;
      if (attr.name === 'id') idWritten = true;
      if (!/^[a-z][A-Za-z0-9]*$/.test(attr.name) || /^on[A-Z]/.test(attr.name)) {
        refuse(node, field, 'a plain prop name (no event handlers, no set:html or other directives)', show(attr.name));
        continue;
      }
      const value = literal(attr);
      if (value === undefined) {
        refuse(node, field, 'a literal prop: "text", {12}, {true}/{false} or a list of texts {["a", "b"]}; no other expressions', show(`{${expressionText(attr)}}`));
        continue;
      }
      if (attr.name === 'id' && typeof value === 'string') id = value;
      if (name === 'RegionGrid' && attr.name === 'highlight' && Array.isArray(value)) {
        for (const code of value) usages.push({ component: name, id: code, line: lineOf(node)! });
      }
    }
    if (id !== undefined) usages.push({ component: name, id, line: lineOf(node)! });
    else if (ID_REQUIRED.has(name) && !idWritten) problems.push({ file, line: lineOf(node), field: `<${name}> id`, expected: 'an id="…" attribute', found: `<${name}> without an id` });
  };

  visit(tree);
  return { usages, problems };
}

type Literal = string | number | boolean | string[];

/** The value of an attribute if it is a literal (string, number, boolean, list of strings), else undefined. */
function literal(attr: MdxJsxAttribute): Literal | undefined {
  if (attr.value === null || attr.value === undefined) return true;
  if (typeof attr.value === 'string') return attr.value;
  const program = attr.value.data?.estree as Program | undefined;
  const stmt = program?.body.length === 1 ? program.body[0] : undefined;
  if (stmt?.type !== 'ExpressionStatement') return undefined;
  const e = stmt.expression;
  if (e.type === 'Literal' && (typeof e.value === 'string' || typeof e.value === 'number' || typeof e.value === 'boolean')) return e.value;
  if (e.type === 'UnaryExpression' && e.operator === '-' && e.argument.type === 'Literal' && typeof e.argument.value === 'number') return -e.argument.value;
  if (e.type === 'ArrayExpression' && e.elements.every((x) => x?.type === 'Literal' && typeof x.value === 'string')) {
    return e.elements.map((x) => (x as { value: string }).value);
  }
  return undefined;
}

function expressionText(attr: MdxJsxAttribute | MdxJsxExpressionAttribute): string {
  const v = attr.value;
  return typeof v === 'string' ? v : (v?.value ?? '');
}
