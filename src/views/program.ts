// What a program's page shows (/program/<slug>/, /en/programs/<slug>/), computed and typed here so the
// layout (src/layouts/ProgramPage.astro) only renders it, and a unit test can read it without a build.
import { t } from '../i18n/index.ts';
import { atlas, doc, entriesOnPage, pathFor } from '../lib/atlas.ts';
import { datasetLink } from '../lib/datasets.ts';
import { formatNumber } from '../lib/format.ts';
import { clustersOfProgram } from '../lib/relations.ts';
import type { Locale } from '../schemas/index.ts';
import type { Card, Crumb, Link } from './types.ts';

export interface ProgramView {
  slug: string;
  title: string;
  summary: string;
  crumbs: Crumb[];
  agency: string;
  partner?: string;
  /** Years it ran from and to, if the data says. */
  start?: number;
  end?: number;
  /** Where it runs: a link to the map of its provinces (#where), or undefined when it runs nationwide. */
  where?: string;
  /** The program's prose: the MDX entry id in the programs collection. */
  proseId: string;
  /** The tile map of its provinces, if it names any. */
  map?: { codes: string[]; title: string; id: string };
  /** Its clusters, at most one page of the clusters index; past that, how many more and the table with them all. */
  clusters: { heading: string; cards: Card[]; more?: { text: string; csv: Link } };
  /** Figures tabled below the prose: those in its frontmatter that no <Conflict> in the prose tables already. */
  reportFigureIds: string[];
  /** Charts named in its frontmatter but not already placed in the prose. */
  chartIds: string[];
  sourceIds: string[];
  updated: string;
}

export function programView(slug: string, locale: Locale): ProgramView {
  const s = t(locale);
  const a = atlas();
  const d = doc('programs', locale, slug);
  if (!d) throw new Error(`no program "${slug}" in ${locale}`);
  const labels = a.site.collections;
  const inProse = new Set(d.usages.filter((u) => u.component === 'Chart').map((u) => u.id));
  // Figures already tabled by a <Conflict> in the prose are not tabled a second time below.
  const tabled = new Set(d.usages.filter((u) => u.component === 'Conflict').flatMap((u) => a.conflicts.get(u.id)?.figures ?? []));
  const short = d.data.short ?? d.data.title;
  // As many clusters as one page of the clusters index holds (src/routes/groups.ts): a program that
  // reaches thousands of clusters must not make its page grow with the atlas; the clusters table has them all.
  const clusters = clustersOfProgram(d.slug, locale);
  const shown = entriesOnPage('clusters');
  return {
    slug: d.slug,
    title: d.data.title,
    summary: d.data.summary,
    crumbs: [{ label: labels.programs.plural[locale]!, path: pathFor('programs', locale) }, { label: short }],
    agency: d.data.agency,
    partner: d.data.partner,
    start: d.data.start,
    end: d.data.end,
    where: d.data.regions.length > 0 ? labels.regions.plural[locale]! : undefined,
    proseId: `${locale}/${d.slug}`,
    map: d.data.regions.length > 0 ? { codes: d.data.regions, title: `${s.where}: ${short}`, id: `where-${d.slug}` } : undefined,
    clusters: {
      heading: labels.clusters.plural[locale]!,
      cards: clusters.slice(0, shown).map((c) => ({ title: c.data.title, path: pathFor(`cluster:${c.slug}`, locale), summary: c.data.summary, meta: c.data.locality })),
      ...(clusters.length > shown && {
        more: {
          text: s.moreInTable(formatNumber(clusters.length - shown, locale), labels.clusters.plural[locale]!.toLowerCase(), 'programs'),
          csv: datasetLink('clusters', 'csv'),
        },
      }),
    },
    reportFigureIds: d.data.figures.filter((f) => !tabled.has(f)),
    chartIds: d.data.charts.filter((c) => !inProse.has(c)),
    sourceIds: [...d.data.sources, ...d.data.figures.map((f) => a.figures.get(f)!.source)],
    updated: d.data.updated,
  };
}
