import { loadContent, type AtlasContent } from './load-content.ts';
import { loadData, type AtlasData } from './load-data.ts';
import { AtlasError, type Problem } from './problems.ts';
import { checkRelations } from './relations.ts';
import type { Inventory, Route } from '../routes/table.ts';

export interface ValidatedAtlas {
  data: AtlasData;
  content: AtlasContent;
  inventory: Inventory;
  /** Every URL of the site, built once here (with the collision check) and read by every page. */
  routes: Route[];
}

/** Reads and checks a whole atlas (data/ and content/ under root); collects every problem at once. */
export function validateAtlas(root: string): { atlas?: ValidatedAtlas; problems: Problem[] } {
  const problems: Problem[] = [];
  const data = loadData(root, problems);
  const content = loadContent(root, problems, { unsafeMdx: data?.site.unsafe_mdx === true });
  if (!data) return { problems };
  const { inventory, routes } = checkRelations(data, content, problems);
  return { atlas: { data, content, inventory, routes }, problems };
}

/** Same, but throws an AtlasError listing every problem. */
export function loadAtlasOrThrow(root: string): ValidatedAtlas {
  const { atlas, problems } = validateAtlas(root);
  if (problems.length > 0 || !atlas) throw new AtlasError(problems);
  return atlas;
}

export { formatProblem, formatProblems, AtlasError, type Problem } from './problems.ts';
