import type { Locale, Region, RegionSet } from '../schemas/index.ts';
import type { ContentDoc } from '../validate/load-content.ts';
import type { FigureRecord } from '../validate/load-data.ts';
import { atlas, docsIn, figuresWithScope, regionName } from './atlas.ts';

/** Links between entities, computed from the one side that records them. */

export function clustersInRegion(code: string, locale: Locale): ContentDoc<'clusters'>[] {
  return docsIn('clusters', locale)
    .filter((c) => c.data.region === code)
    .sort((a, b) => a.data.title.localeCompare(b.data.title));
}

export function programsInRegion(code: string, locale: Locale): ContentDoc<'programs'>[] {
  return docsIn('programs', locale)
    .filter((p) => p.data.regions.includes(code))
    .sort((a, b) => a.data.title.localeCompare(b.data.title));
}

export function clustersOfProgram(slug: string, locale: Locale): ContentDoc<'clusters'>[] {
  return docsIn('clusters', locale)
    .filter((c) => c.data.programs.includes(slug))
    .sort((a, b) => a.data.title.localeCompare(b.data.title));
}

export function figuresForRegion(code: string): FigureRecord[] {
  return figuresWithScope(`region:${code}`);
}

export function figuresForCluster(slug: string): FigureRecord[] {
  return figuresWithScope(`cluster:${slug}`);
}

export type Membership = { set: RegionSet; how: 'member' | 'area' | 'none'; parents?: Region[] };

/**
 * How a region relates to each region set: listed by name, covered as part of a region it was
 * later split from (formed after the set's date), or not at all.
 */
export function memberships(region: Region): Membership[] {
  const a = atlas();
  return a.regionSets.map((set) => {
    if (set.members.includes(region.code)) return { set, how: 'member' as const };
    const setYear = Number(set.date.slice(0, 4));
    const parents = region.formed_from.filter((c) => set.members.includes(c)).map((c) => a.regionByCode.get(c)!);
    if (region.formed_year !== null && region.formed_year > setYear && parents.length > 0) return { set, how: 'area' as const, parents };
    return { set, how: 'none' as const };
  });
}

export function regionLabel(code: string, locale: Locale): string {
  const r = atlas().regionByCode.get(code);
  return r ? regionName(r, locale) : code;
}
