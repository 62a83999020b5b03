import { z } from 'astro/zod';
import { countryCodes } from '../charts/world.ts';
import { isoDay, localized, perLocale, slug, url } from './common.ts';

const pathSegment = slug;

const collectionLabels = z
  .object({
    singular: localized,
    plural: localized,
    /** URL segment per locale, e.g. { id: "klaster", en: "clusters" } */
    path: perLocale(pathSegment),
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
    /**
     * The atlas's languages, the default first (served at the site root; the others under their
     * prefix). Read before anything else by src/shared/locales.ts; checked here.
     */
    locales: z
      .array(
        z
          .object({
            code: z.string({ error: 'a language code, e.g. "id"' }).regex(/^[a-z]{2,3}$/, { error: 'a two- or three-letter ISO 639 language code, e.g. "id" or "en"' }),
            intl: z.string({ error: 'a BCP 47 tag for numbers and dates, e.g. "id-ID"' }).refine(
              (tag) => {
                try {
                  return Intl.getCanonicalLocales(tag).length === 1;
                } catch {
                  return false;
                }
              },
              { error: 'a BCP 47 tag for numbers and dates, e.g. "id-ID" or "en-GB"' },
            ),
            prefix: pathSegment.optional(),
          })
          .strict(),
        { error: 'a list of languages, e.g. - { code: id, intl: id-ID }' },
      )
      .min(1, { error: 'at least one language' })
      .superRefine((list, ctx) => {
        if (list[0]?.prefix) ctx.addIssue({ code: 'custom', path: [0, 'prefix'], message: 'no prefix on the first language (it is served at the site root)' });
        const seen = new Set<string>();
        list.forEach((l, i) => {
          const root = i === 0 ? '' : (l.prefix ?? l.code);
          if (seen.has(l.code)) ctx.addIssue({ code: 'custom', path: [i, 'code'], message: `a language listed once ("${l.code}" is listed twice)` });
          if (seen.has(`/${root}`)) ctx.addIssue({ code: 'custom', path: [i, 'prefix'], message: `a URL prefix of its own ("${root}" is taken)` });
          seen.add(l.code);
          seen.add(`/${root}`);
        });
      }),
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
    collections: z.object({ regions: collectionLabels, clusters: collectionLabels, programs: collectionLabels }).strict(),
    /**
     * true lets MDX bodies hold code (expressions, import/export, any HTML): unsafe for an atlas that
     * takes outside contributions, since a pull request could then run code in the build.
     */
    unsafe_mdx: z.boolean({ error: 'true or false (true lets content run code: never for outside contributions)' }).optional(),
    /**
     * Index pages that don't grow (src/routes/groups.ts): an index of clusters, figures, charts or
     * datasets with more than max_entries entries (default 1 000, and 250 clusters: DEFAULT_ENTRIES)
     * becomes an overview of groups, each on its own page under the URL word `path` (required once an
     * index groups).
     */
    index_pages: z
      .object({
        max_entries: z.number().int({ error: 'a whole number of entries, e.g. 1000' }).min(1, { error: 'at least 1' }).optional(),
        path: perLocale(pathSegment).optional(),
      })
      .strict()
      .optional(),
    /** URL words of the engine's own pages. */
    paths: z
      .object({
        sources: perLocale(pathSegment),
        figures: perLocale(pathSegment),
        charts: perLocale(pathSegment),
        search: perLocale(pathSegment),
        data: perLocale(pathSegment),
        /** Optional: the page listing data/glossary.yaml (institutions and regulations). */
        glossary: perLocale(pathSegment).optional(),
        /** The changelog page ("what changed"). */
        changes: perLocale(pathSegment),
      })
      .strict(),
  })
  .strict();

export type SiteConfig = z.infer<typeof siteSchema>;
export type CollectionKey = keyof SiteConfig['collections'];
