// What the list of sources shows (/sumber/, /en/sources/), computed and typed here so the layout
// (src/layouts/SourcesPage.astro) only renders it, and a unit test can read it without a build.
import { t } from '../i18n/index.ts';
import { atlas, figuresFromSource, pathFor } from '../lib/atlas.ts';
import { datasetLink } from '../lib/datasets.ts';
import { formatDate, formatNumber } from '../lib/format.ts';
import { href } from '../lib/url.ts';
import type { Locale, Source } from '../schemas/index.ts';
import type { Crumb, Link } from './types.ts';

/** A source as a reader sees it named: publisher, title (linked if online, in its language) and date. */
export interface SourceRef {
  id: string;
  publisher: string;
  title: string;
  url?: string;
  language: string;
  date: string;
}

export function sourceRef(src: Source, locale: Locale): SourceRef {
  return { id: src.id, publisher: src.publisher, title: src.title, url: src.url, language: src.language, date: formatDate(src.date, locale) };
}

export interface SourceEntry extends SourceRef {
  /** Its kind, author and whether it has no link, as the meta line after the title ("News · Jane Doe"). */
  meta: string;
  dateNote?: string;
  /** A note on it; a blog's is a caution. */
  note?: { text: string; caution: boolean };
  /** The figures the atlas takes from it (at most SOURCE_FIGURE_LINKS). */
  figures: Link[];
  /** When it gives more figures than that: how many more, and the figures table that lists them all. */
  moreFigures?: { text: string; csv: Link };
}

/**
 * Figure links listed under one source, so that a source cited by thousands of figures (a census) does
 * not make the page grow with the atlas (issue 18); the figures table (column `source`) has them all.
 * This site's busiest source gives 12 figures.
 */
export const SOURCE_FIGURE_LINKS = 20;

export interface SourcesView {
  title: string;
  description: string;
  crumbs: Crumb[];
  /** Newest first (undated last), then by id. */
  sources: SourceEntry[];
}

export function sourcesView(locale: Locale, figureLinks = SOURCE_FIGURE_LINKS): SourcesView {
  const s = t(locale);
  const a = atlas();
  const sources = [...a.sources.values()].sort((x, y) => (y.date === 'undated' ? '0' : y.date).localeCompare(x.date === 'undated' ? '0' : x.date) || x.id.localeCompare(y.id));
  return {
    title: s.sources,
    description: s.sourcesDescription,
    crumbs: [{ label: s.sources }],
    sources: sources.map((src) => {
      const figures = figuresFromSource(src.id);
      const more = figures.length - figureLinks;
      return {
        ...sourceRef(src, locale),
        meta: `${s.sourceKinds[src.kind]}${src.author ? ` · ${src.author}` : ''}${src.url ? '' : ` · ${s.noLink}`}`,
        dateNote: src.date_note?.[locale],
        note: src.note && { text: src.note[locale]!, caution: src.kind === 'blog' },
        figures: figures.slice(0, figureLinks).map((f) => ({ href: href(pathFor(`figure:${f.id}`, locale)), text: f.label[locale]! })),
        ...(more > 0 && { moreFigures: { text: s.moreInTable(formatNumber(more, locale), s.figures.toLowerCase(), 'source'), csv: datasetLink('figures', 'csv') } }),
      };
    }),
  };
}
