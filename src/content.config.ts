import { defineCollection } from 'astro:content';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { glob } from 'astro/loaders';
import { atlasRoot } from './lib/root.ts';
import { currentShard, inShard, MDX_KEY_PREFIX } from './lib/shard.ts';
import { clusterSchema, pageSchema, programSchema, provinceSchema } from './schemas/index.ts';
import type { ContentCollection } from './validate/load-content.ts';
import { waitForPlan } from './lib/wait-for-plan.ts';

// Collections = loader + schema, nothing else. Content lives outside src/ so an atlas is its content/ and data/.
// Entry ids are "<locale>/<file name>" exactly (the default would turn "id/index" into "id").
const mdxIn = (folder: keyof typeof MDX_KEY_PREFIX) => glob({ pattern: patternFor(folder), base: `${atlasRoot()}/content/${folder}`, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') });

/**
 * Every MDX file; in a sharded build only the files of this shard's pages (see src/lib/shard.ts); in an
 * incremental build only those of the pages it renders again (ATLAS_MDX_FILES, scripts/lib/incremental.ts).
 */
function patternFor(folder: keyof typeof MDX_KEY_PREFIX): string | string[] {
  const shard = currentShard();
  const only = process.env.ATLAS_MDX_FILES;
  if (!shard && !only) return '*/*.mdx';
  const base = `${atlasRoot()}/content/${folder}`;
  const files: string[] = [];
  if (only) {
    const prefix = `content/${folder}/`;
    for (const file of JSON.parse(readFileSync(only, 'utf8')) as string[]) if (file.startsWith(prefix)) files.push(file.slice(prefix.length));
  } else {
    for (const locale of existsSync(base) ? readdirSync(base).sort() : []) {
      for (const name of readdirSync(`${base}/${locale}`).sort()) {
        if (name.endsWith('.mdx') && inShard(`${MDX_KEY_PREFIX[folder]}:${name.slice(0, -4)}`, shard)) files.push(`${locale}/${name}`);
      }
    }
  }
  // An empty list would match nothing too, but say so plainly.
  if (!files.length) return '.none/*.mdx';
  // Brace lists of at most 200 names (file names are slugs: no commas or braces): the glob matcher
  // tests every file against every pattern, so 2 500 one-file patterns cost seconds per shard.
  const patterns: string[] = [];
  for (let i = 0; i < files.length; i += 200) {
    const chunk = files.slice(i, i + 200);
    patterns.push(chunk.length === 1 ? chunk[0]! : `{${chunk.join(',')}}`);
  }
  return patterns;
}

// An incremental build's Astro process may start before the list exists (src/lib/wait-for-plan.ts).
if (process.env.ATLAS_MDX_FILES) await waitForPlan(process.env.ATLAS_MDX_FILES);

// Astro reads this object's keys for its types, so it is written out; it must list every collection of
// CONTENT_SCHEMAS (src/validate/load-content.ts), with the same schema: `satisfies` holds it to that.
export const collections = {
  clusters: defineCollection({ loader: mdxIn('clusters'), schema: clusterSchema }),
  programs: defineCollection({ loader: mdxIn('programs'), schema: programSchema }),
  provinces: defineCollection({ loader: mdxIn('provinces'), schema: provinceSchema }),
  pages: defineCollection({ loader: mdxIn('pages'), schema: pageSchema }),
} satisfies Record<ContentCollection, unknown>;
