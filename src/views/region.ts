// What a province's page shows (/provinsi/<slug>/, /en/provinces/<slug>/), computed and typed here so
// the layout (src/layouts/RegionPage.astro) only renders it, and a unit test can read it without a build.
import { t } from '../i18n/index.ts';
import { atlas, doc, entriesOnPage, pathFor, regionName } from '../lib/atlas.ts';
import { formatNumber, intlLocale } from '../lib/format.ts';
import { counted } from '../lib/plural.ts';
import { clustersInRegion, figuresForRegion, memberships, programsInRegion } from '../lib/relations.ts';
import { href } from '../lib/url.ts';
import type { Locale } from '../schemas/index.ts';
import type { Card, Crumb, Fact, Link, Locator } from './types.ts';

export interface RegionView {
  slug: string;
  name: string;
  /** The lede and meta description: the province's own summary, or a sentence saying what the page lists. */
  description: string;
  crumbs: Crumb[];
  /** The counts and memberships at the top of the page, each count linking to its section. */
  glance: Fact[];
  /** Its clusters; past one page of the clusters index (src/routes/groups.ts), the first of them and a
   * link to the index's group of this province, which lists them all. */
  clusters: { heading: string; cards: Card[]; all?: Link };
  programs: { heading: string; cards: Card[] };
  figures: { heading: string; ids: string[] };
  /** The province's prose, if written: the MDX entry id in the provinces collection. */
  proseId?: string;
  locator: Locator;
  /** Codes, coordinates, formation: for readers who need them, after the facts. */
  reference: Fact[];
  sourceIds: string[];
}

export function regionView(slug: string, locale: Locale): RegionView {
  const s = t(locale);
  const a = atlas();
  const region = a.regionBySlug.get(slug);
  if (!region) throw new Error(`no region "${slug}"`);
  const name = regionName(region, locale);
  const prose = doc('provinces', locale, region.slug);
  const clusters = clustersInRegion(region.code, locale);
  const shown = entriesOnPage('clusters');
  const programs = programsInRegion(region.code, locale);
  const figures = figuresForRegion(region.code);
  const sets = memberships(region);
  const labels = a.site.collections;
  const regionWord = labels.regions.singular[locale]!;
  // Charts whose data has a row for this province (tile maps and bars by province).
  const charts = [...a.series.values()].filter((x) => x.meta.x.type === 'region' && x.rows.some((r) => r.x === region.code));
  const lower = (c: { singular: Record<string, string>; plural: Record<string, string> }) => ({ singular: c.singular[locale]!.toLowerCase(), plural: c.plural[locale]!.toLowerCase() });
  const count = (n: number, forms: { singular: string; plural: string }) => counted(n, forms, intlLocale(locale));
  const section = (text: string, id: string): Link => ({ href: `#${id}`, text });

  const glance: Fact[] = [
    { term: labels.clusters.plural[locale]!, parts: [section(count(clusters.length, lower(labels.clusters)), 'clusters')] },
    { term: labels.programs.plural[locale]!, parts: [section(count(programs.length, lower(labels.programs)), 'programs')] },
    { term: s.figures, parts: [section(count(figures.length, { singular: s.figure.toLowerCase(), plural: s.figures.toLowerCase() }), 'figures')] },
  ];
  if (charts.length > 0) glance.push({ term: s.charts, parts: charts.flatMap((x, i) => [...(i > 0 ? ['; '] : []), { href: href(pathFor(`chart:${x.id}`, locale)), text: x.meta.title[locale]! }]) });
  glance.push({ term: s.capital, parts: [region.capital] });
  glance.push({ term: s.islandGroup, parts: [a.regionsMeta.groups[region.island_group]?.[locale] ?? region.island_group] });
  for (const m of sets) {
    const label = m.set.label[locale]!;
    const text = m.how === 'member' ? s.memberOf(label) : m.how === 'area' ? s.areaMemberOf(label, m.parents!.map((p) => regionName(p, locale)).join(', ')) : s.notMemberOf(label);
    glance.push({ term: s.membership, parts: [text] });
  }

  const reference: Fact[] = [
    { term: s.code, parts: [`${region.code} (${region.name_official})`] },
    { term: s.coordinates, parts: [`${region.lat}, ${region.lon}`] },
  ];
  if (region.formed_year !== null) reference.push({ term: s.formed, parts: [String(region.formed_year)] });
  if (region.formed_from.length > 0) {
    reference.push({
      term: s.formedFrom,
      parts: region.formed_from.flatMap((c, i) => {
        const p = a.regionByCode.get(c)!;
        return [...(i > 0 ? [', '] : []), { href: href(pathFor(`region:${p.slug}`, locale)), text: regionName(p, locale) }];
      }),
    });
  }

  return {
    slug: region.slug,
    name,
    description: prose?.data.summary ?? s.regionDescription(name, labels.clusters.plural[locale]!, labels.programs.plural[locale]!),
    crumbs: [{ label: labels.regions.plural[locale]!, path: pathFor('regions', locale) }, { label: name }],
    glance,
    clusters: {
      heading: s.inThisRegion(labels.clusters.plural[locale]!, regionWord),
      cards: clusters.slice(0, shown).map((c) => ({ title: c.data.title, path: pathFor(`cluster:${c.slug}`, locale), summary: c.data.summary, meta: c.data.locality })),
      // More clusters than a page holds means the clusters index groups, by province first: this one has its group.
      ...(clusters.length > shown && {
        all: { href: href(pathFor(`clusters/${region.slug}`, locale)), text: s.regionPage.allClusters(formatNumber(clusters.length, locale)) },
      }),
    },
    programs: {
      heading: s.inThisRegion(labels.programs.plural[locale]!, regionWord),
      cards: programs.map((p) => ({ title: p.data.title, path: pathFor(`program:${p.slug}`, locale), summary: p.data.summary })),
    },
    figures: { heading: s.figuresFor(regionWord), ids: figures.map((f) => f.id) },
    proseId: prose ? `${locale}/${region.slug}` : undefined,
    locator: { code: region.code, title: `${s.locator}: ${name}`, id: `locator-${region.slug}` },
    reference,
    sourceIds: [...a.regionsMeta.sources, ...(prose?.data.sources ?? []), ...sets.filter((m) => m.how !== 'none').map((m) => m.set.source), ...figures.map((f) => f.source)],
  };
}
