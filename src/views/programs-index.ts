// What the programs index shows (/program/, /en/programs/), computed and typed here so the layout
// (src/layouts/ProgramsIndex.astro) only renders it, and a unit test can read it without a build.
import { atlas, docsIn, pathFor } from '../lib/atlas.ts';
import type { Locale } from '../schemas/index.ts';
import type { Card, Crumb } from './types.ts';

export interface ProgramsIndexView {
  title: string;
  description: string;
  crumbs: Crumb[];
  /** Every program, oldest start first (undated last), then by title; the meta is its agency and years. */
  cards: Card[];
}

export function programsIndexView(locale: Locale): ProgramsIndexView {
  const c = atlas().site.collections.programs;
  const programs = docsIn('programs', locale).sort((x, y) => (x.data.start ?? 9999) - (y.data.start ?? 9999) || x.data.title.localeCompare(y.data.title));
  const years = (p: (typeof programs)[number]) => (p.data.start ? `${p.data.start}${p.data.end ? `–${p.data.end}` : ''}` : '');
  return {
    title: c.plural[locale]!,
    description: c.description[locale]!,
    crumbs: [{ label: c.plural[locale]! }],
    cards: programs.map((p) => ({ title: p.data.title, path: pathFor(`program:${p.slug}`, locale), summary: p.data.summary, meta: [p.data.agency, years(p)].filter(Boolean).join(' · ') })),
  };
}
