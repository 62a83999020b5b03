import { z } from 'astro/zod';
import { languageName, LOCALES, localized, recordId, regionCode, slug, year } from './common.ts';

/** Columns of data/regions.csv that hold numbers (checked as plain numbers before the schema sees them). */
export const REGION_NUMERIC_COLUMNS = ['lat', 'lon', 'tile_col', 'tile_row', 'formed_year'] as const;
/** `name` is in the atlas's first language; each other language has a name_<code> column (name_en). */
export const REGION_NAME_COLUMNS: readonly string[] = LOCALES.slice(1).map((l) => `name_${l}`);
/** Text columns of data/regions.csv, then the numeric and list ones. */
export const REGION_TEXT_COLUMNS: readonly string[] = ['code', 'slug', 'name', ...REGION_NAME_COLUMNS, 'name_official', 'short', 'capital', 'island_group'];
export const REGION_COLUMNS: readonly string[] = [...REGION_TEXT_COLUMNS, 'lat', 'lon', 'tile_col', 'tile_row', 'formed_year', 'formed_from'];
/** Columns an atlas may leave out: without `short_name`, tile maps show the `short` code. */
export const REGION_OPTIONAL_COLUMNS = ['short_name'] as const;

/** One first-level region (a province): reference data, capital point and tile-grid cell. */
export const regionSchema = z
  .object({
    code: regionCode,
    slug,
    name: z.string().min(1, { error: `the name as used in ${languageName(LOCALES[0] ?? 'und')}` }),
    ...Object.fromEntries(LOCALES.slice(1).map((l) => [`name_${l}`, z.string().min(1, { error: `the ${languageName(l)} name` })])),
    name_official: z.string().min(1, { error: 'the official name' }),
    short: z.string().regex(/^[A-Z]{2,4}$/, { error: '2–4 capital letters for the tile label, e.g. "DIY"' }),
    /** The short name readers use (Sumut, Jatim, DKI, Papua Teng), drawn in the tile maps' tiles. */
    short_name: z
      .string()
      .regex(/^[\p{L}][\p{L} .-]{0,11}$/u, { error: 'a short name of at most 12 letters as readers write it, e.g. "Sumut", "DIY", "Papua Teng"' })
      .optional(),
    capital: z.string().min(1, { error: 'the capital' }),
    island_group: z.string().min(1, { error: 'an island group listed in regions.yaml' }),
    lat: z.number({ error: 'a latitude' }).min(-90).max(90),
    lon: z.number({ error: 'a longitude' }).min(-180).max(180),
    tile_col: z.number({ error: 'a tile column (whole number ≥ 0)' }).int().min(0).max(40),
    tile_row: z.number({ error: 'a tile row (whole number ≥ 0)' }).int().min(0).max(40),
    formed_year: year.nullable(),
    formed_from: z.array(regionCode),
  })
  .strict();
/** A region; its names in the other languages are in name_<code> (src/lib/atlas.ts regionName). */
export type Region = z.infer<typeof regionSchema> & { readonly [name: `name_${string}`]: string | undefined };

export const regionsMetaSchema = z
  .object({
    title: localized,
    description: localized,
    sources: z.array(recordId).min(1, { error: 'at least one source id' }),
    groups: z.record(z.string(), localized),
    note: localized.optional(),
    updated: z.string().optional(),
  })
  .strict();
export type RegionsMeta = z.infer<typeof regionsMetaSchema>;
