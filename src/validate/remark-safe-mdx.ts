import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import { parse } from 'yaml';
import { mdxComponentNames } from './mdx-components.ts';
import { checkMdx } from './mdx-safety.ts';
import { AtlasError } from './problems.ts';

/**
 * The MDX safety rules (src/validate/mdx-safety.ts) inside Astro's own MDX pipeline, so `astro dev`,
 * which does not run the validator first, never compiles an expression or unsafe HTML either.
 * Astro blanks the frontmatter with spaces, so positions are lines of the file.
 */
export function remarkSafeMdx(options: { unsafe?: boolean; root?: string } = {}) {
  return (tree: Root, file: { path?: string }) => {
    if (options.unsafe || !file.path?.endsWith('.mdx')) return;
    const name = options.root && file.path.startsWith(`${options.root}/`) ? file.path.slice(options.root.length + 1) : file.path;
    const { problems } = checkMdx(tree, { file: name, firstLine: 1, components: mdxComponentNames() });
    // line/column make Astro's error overlay point at the first problem instead of 0:0.
    if (problems.length > 0) throw Object.assign(new AtlasError(problems), { line: problems[0]!.line ?? 1, column: 1 });
  };
}

/** `unsafe_mdx: true` in the atlas's data/site.yaml (validated with the rest by src/schemas/site.ts). */
export function unsafeMdx(atlasRoot: string): boolean {
  const config = parse(readFileSync(join(atlasRoot, 'data/site.yaml'), 'utf8')) as { unsafe_mdx?: unknown } | null;
  return config?.unsafe_mdx === true;
}
