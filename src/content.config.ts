import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { clusterSchema, pageSchema, programSchema, provinceSchema } from './schemas/index.ts';
import { atlasRoot } from './lib/root.ts';

// Collections = loader + schema, nothing else. Content lives outside src/ so an atlas is its content/ and data/.
// Entry ids are "<locale>/<file name>" exactly (the default would turn "id/index" into "id").
const mdxIn = (folder: string) =>
  glob({ pattern: '*/*.mdx', base: `${atlasRoot()}/content/${folder}`, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') });

export const collections = {
  clusters: defineCollection({ loader: mdxIn('clusters'), schema: clusterSchema }),
  programs: defineCollection({ loader: mdxIn('programs'), schema: programSchema }),
  provinces: defineCollection({ loader: mdxIn('provinces'), schema: provinceSchema }),
  pages: defineCollection({ loader: mdxIn('pages'), schema: pageSchema }),
};
