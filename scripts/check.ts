#!/usr/bin/env node
/**
 * npm run check [root] — validates an atlas's data/ and content/ without building.
 * Prints every problem as `file:line · field · expected … · found …` and exits 1 if there is any.
 */
import { resolve } from 'node:path';
import { formatProblems, validateAtlas } from '../src/validate/index.ts';

const root = resolve(process.argv[2] ?? process.env.ATLAS_ROOT ?? '.');
const { atlas, problems } = validateAtlas(root);
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
const d = atlas!.data;
const c = atlas!.content;
console.log(
  `atlas OK: ${d.regions.length} regions, ${c.clusters.length} cluster pages, ${c.programs.length} program pages, ` +
    `${d.sources.length} sources, ${d.figures.length} figures, ${d.series.length} series, ${d.conflicts.length} conflicts`,
);
