// What the glossary shows (/glosarium/, /en/glossary/): institutions and regulations named in the content
// (data/glossary.yaml), one anchor each, with their sources and the pages that mention them. Computed and
// typed here so the layout (src/layouts/GlossaryPage.astro) only renders it, and a unit test can read it
// without a build.
import { t } from '../i18n/index.ts';
import { atlas, pathFor } from '../lib/atlas.ts';
import { sourceShort } from '../lib/cite.ts';
import { MDX_KEY_PREFIX } from '../lib/shard.ts';
import { href } from '../lib/url.ts';
import type { Locale } from '../schemas/index.ts';
import { CONTENT_COLLECTIONS, type ContentDoc } from '../validate/load-content.ts';
import type { Crumb, Link } from './types.ts';

export interface GlossaryEntry {
  id: string;
  /** The term, or its short form with the full term after it. */
  term: string;
  short?: string;
  text: string;
  sources: Link[];
  /** Pages of this language whose prose uses <Term id="…">. */
  usedOn: Link[];
}

export interface GlossaryView {
  title: string;
  description: string;
  crumbs: Crumb[];
  /** Institutions, then regulations, each by the name shown (A–Z in the language); a kind without entries is left out. */
  sections: { kind: 'institution' | 'regulation'; heading: string; entries: GlossaryEntry[] }[];
}

export function glossaryView(locale: Locale): GlossaryView {
  const a = atlas();
  const words = t(locale).glossaryPage;
  const entries = [...a.glossary.values()].sort((x, y) => (x.short ?? x.term)[locale]!.localeCompare((y.short ?? y.term)[locale]!, locale));
  const usedOn = new Map<string, Link[]>();
  for (const collection of CONTENT_COLLECTIONS) {
    for (const d of a[collection] as ContentDoc[]) {
      if (d.locale !== locale) continue;
      const key = collection === 'pages' && d.slug === 'index' ? 'page:index' : `${MDX_KEY_PREFIX[collection]}:${d.slug}`;
      for (const id of new Set(d.usages.filter((u) => u.component === 'Term').map((u) => u.id))) {
        const title = (d.data as { title?: string }).title ?? d.slug;
        usedOn.set(id, [...(usedOn.get(id) ?? []), { text: title, href: href(pathFor(key, locale)) }]);
      }
    }
  }
  const sourcesPage = href(pathFor('sources', locale));
  return {
    title: words.title,
    description: words.description,
    crumbs: [{ label: words.title }],
    sections: (['institution', 'regulation'] as const).flatMap((kind) => {
      const list = entries.filter((g) => g.kind === kind);
      return list.length > 0
        ? [
            {
              kind,
              heading: words[kind],
              entries: list.map((g) => ({
                id: g.id,
                term: g.term[locale]!,
                short: g.short?.[locale],
                text: g.text[locale]!,
                sources: g.sources.map((id) => ({ href: `${sourcesPage}#src-${id}`, text: sourceShort(a.sources.get(id)!, locale) })),
                usedOn: usedOn.get(g.id) ?? [],
              })),
            },
          ]
        : [];
    }),
  };
}
