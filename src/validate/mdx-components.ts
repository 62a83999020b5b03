import { readFileSync } from 'node:fs';

const LIST_FILE = new URL('../components/mdx.ts', import.meta.url);

let cached: readonly string[] | undefined;

/**
 * Names of the components MDX content may use, read from the one list in src/components/mdx.ts
 * (`export const mdxComponents = { Stat, Chart, … }`). The validator and astro.config.mjs run
 * where .astro files cannot be imported, so the object literal is read as text.
 */
export function mdxComponentNames(): readonly string[] {
  if (cached) return cached;
  const text = readFileSync(LIST_FILE, 'utf8');
  const m = /export\s+const\s+mdxComponents\s*=\s*\{([^}]*)\}/.exec(text);
  if (!m) throw new Error(`${LIST_FILE.pathname}: no "export const mdxComponents = { … }" object literal to read the MDX component names from`);
  const names = m[1]!
    .replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')
    .split(',')
    .map((entry) => entry.split(':')[0]!.trim())
    .filter(Boolean);
  for (const n of names) if (!/^[A-Z][A-Za-z0-9]*$/.test(n)) throw new Error(`${LIST_FILE.pathname}: "${n}" in mdxComponents is not a component name`);
  cached = names;
  return names;
}
