import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

/**
 * Where the built site will live: the absolute origin (`site` in data/site.yaml, SITE_URL overrides
 * it) and the sub-path (BASE_PATH, default "/"). One reading for astro.config.mjs and for the steps
 * after Astro (scripts/lib/sitemap.ts), so canonical links and the sitemap never disagree.
 */
export function siteLocation(atlasRoot: string, env: NodeJS.ProcessEnv = process.env): { site: string; base: string } {
  const config = parse(readFileSync(resolve(atlasRoot, 'data/site.yaml'), 'utf8')) as { site?: string };
  const site = env.SITE_URL ?? config.site;
  if (!site) throw new Error(`${resolve(atlasRoot, 'data/site.yaml')}: field "site" is missing (or set SITE_URL)`);
  return { site, base: env.BASE_PATH ?? '/' };
}
