import { z } from 'astro/zod';
import { localized, recordId, regionCode, slug, year } from './common.ts';

/** Columns of data/regions.csv that hold numbers (checked as plain numbers before the schema sees them). */
export const REGION_NUMERIC_COLUMNS = ['lat', 'lon', 'tile_col', 'tile_row', 'formed_year'] as const;
export const REGION_COLUMNS = ['code', 'slug', 'name', 'name_en', 'name_official', 'short', 'capital', 'island_group', 'lat', 'lon', 'tile_col', 'tile_row', 'formed_year', 'formed_from'] as const;
/** Columns an atlas may leave out: without `short_name`, tile maps show the `short` code. */
export const REGION_OPTIONAL_COLUMNS = ['short_name'] as const;

/** One first-level region (a province): reference data, capital point and tile-grid cell. */
export const regionSchema = z
  .object({
    code: regionCode,
    slug,
    name: z.string().min(1, { error: 'the name as used in Indonesian' }),
    name_en: z.string().min(1, { error: 'the English name' }),
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
export type Region = z.infer<typeof regionSchema>;

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
