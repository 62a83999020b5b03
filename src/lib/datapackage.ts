import { DEFAULT_LOCALE, LOCALES } from '../schemas/index.ts';
import { atlas } from './atlas.ts';
import { datasets } from './datasets.ts';
import { absolute } from './url.ts';

/** How the CSV files protect spreadsheets (src/lib/downloads.ts), said where a data user reads. */
export const CSV_NOTE =
  "In the CSV files, a text cell that begins with =, +, -, @, a tab or a carriage return starts with an apostrophe (') so that spreadsheets show it as text instead of running it as a formula (OWASP's advice against CSV injection); numbers are written as plain numbers, and the JSON files hold every text unchanged.";

/**
 * A Frictionless Data Package describing every download, with Table Schema field types.
 * Paths are relative to datapackage.json at the site root, so it also works under a sub-path.
 */
/** Data Package metadata is read by tools and catalogues: in English when the atlas has it, else its first language. */
const META_LOCALE = LOCALES.includes('en') ? 'en' : DEFAULT_LOCALE;

export function datapackage(site: URL | undefined) {
  const a = atlas();
  return {
    profile: 'tabular-data-package',
    name: a.site.title[META_LOCALE]!.toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, ''),
    title: a.site.title[META_LOCALE],
    description: `${a.site.description[META_LOCALE]} ${CSV_NOTE}`,
    homepage: absolute('/', site),
    licenses: [{ name: 'CC-BY-4.0', title: a.site.license.content, path: a.site.license.contentUrl }],
    resources: datasets().map((d) => ({
      name: d.id,
      title: d.title[META_LOCALE],
      description: d.description[META_LOCALE],
      path: `${d.file.replace(/^\//, '')}.csv`,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: { fields: d.fields.map((f) => ({ name: f.name, type: f.type, description: f.description })) },
      // The profile wants at least one entry when `sources` is present: omit it for the sources table itself.
      ...(d.sources.length ? { sources: d.sources.map((id) => a.sources.get(id)!).map((s) => ({ title: `${s.publisher}: ${s.title}`, ...(s.url ? { path: s.url } : {}) })) } : {}),
    })),
  };
}
