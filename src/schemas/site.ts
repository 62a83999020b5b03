import { z } from 'astro/zod';
import { countryCodes } from '../charts/world.ts';
import { isoDay, localized, slug, url } from './common.ts';

const pathSegment = slug;

const collectionLabels = z
  .object({
    singular: localized,
    plural: localized,
    /** URL segment per locale, e.g. { id: "klaster", en: "clusters" } */
    path: z.object({ id: pathSegment, en: pathSegment }).strict(),
    description: localized,
  })
  .strict();

/** The one file that makes an atlas this atlas: names, labels, URL words, licence, map bounds. */
export const siteSchema = z
  .object({
    title: localized,
    tagline: localized,
    description: localized,
    /** Absolute origin of the published site; SITE_URL overrides it at build time. */
    site: url,
    defaultLocale: z.literal('id', { error: '"id" (Indonesian is served at /, English under /en/)' }),
    intl: z.object({ id: z.string(), en: z.string() }).strict(),
    publisher: z.string(),
    /** The day the atlas was first published: the `added` date of every record that names none. */
    first_edition: isoDay.optional(),
    repository: url.optional(),
    license: z
      .object({
        content: z.string(),
        contentUrl: url,
        code: z.string(),
        data: localized,
      })
      .strict(),
    /** Where a place may lie; a coordinate outside is refused as a typo. */
    bounds: z
      .object({ minLat: z.number(), maxLat: z.number(), minLon: z.number(), maxLon: z.number() })
      .strict()
      .refine((b) => b.minLat < b.maxLat && b.minLon < b.maxLon, { error: 'minLat < maxLat and minLon < maxLon' }),
    /** Country id in world-atlas (ISO 3166-1 numeric) whose outline the geographic map draws. */
    mapCountry: z
      .string()
      .regex(/^\d{3}$/, { error: 'a three-digit ISO 3166-1 numeric country code, e.g. "360" for Indonesia' })
      .refine((code) => countryCodes().has(code), { error: 'a country that world-atlas has an outline for (ISO 3166-1 numeric, e.g. "360" for Indonesia)' }),
    collections: z
      .object({ regions: collectionLabels, clusters: collectionLabels, programs: collectionLabels })
      .strict(),
    /**
     * true lets MDX bodies hold code (expressions, import/export, any HTML): unsafe for an atlas that
     * takes outside contributions, since a pull request could then run code in the build.
     */
    unsafe_mdx: z.boolean({ error: 'true or false (true lets content run code: never for outside contributions)' }).optional(),
    /** URL words of the engine's own pages. */
    paths: z
      .object({
        sources: z.object({ id: pathSegment, en: pathSegment }).strict(),
        figures: z.object({ id: pathSegment, en: pathSegment }).strict(),
        charts: z.object({ id: pathSegment, en: pathSegment }).strict(),
        search: z.object({ id: pathSegment, en: pathSegment }).strict(),
        data: z.object({ id: pathSegment, en: pathSegment }).strict(),
        /** Optional: the page listing data/glossary.yaml (institutions and regulations). */
        glossary: z.object({ id: pathSegment, en: pathSegment }).strict().optional(),
        /** The changelog page ("what changed"). */
        changes: z.object({ id: pathSegment, en: pathSegment }).strict().default({ id: 'perubahan', en: 'changes' }),
      })
      .strict(),
  })
  .strict();

export type SiteConfig = z.infer<typeof siteSchema>;
export type CollectionKey = keyof SiteConfig['collections'];
