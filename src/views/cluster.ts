// What a cluster's page shows (/klaster/<slug>/, /en/clusters/<slug>/), computed and typed here so the
// layout (src/layouts/ClusterPage.astro) only renders it, and a unit test can read it without a build.
import { t } from '../i18n/index.ts';
import { atlas, doc, pathFor, regionName } from '../lib/atlas.ts';
import { languageNameIn, otherLocales } from '../lib/locale.ts';
import { figuresForCluster } from '../lib/relations.ts';
import { href } from '../lib/url.ts';
import type { Locale } from '../schemas/index.ts';
import type { Crumb, Link, Locator } from './types.ts';

export interface ClusterView {
  slug: string;
  title: string;
  summary: string;
  crumbs: Crumb[];
  product: string;
  /** Its names in each other language that has them, shown and indexed in that language. */
  twins: { locale: Locale; label: string; names: string }[];
  locality: { text: string; note?: string };
  /** The province, and the province the source named if that has since been split. */
  region: Link & { atSource?: string };
  coordinates: string;
  programs: Link[];
  /** The cluster's prose: the MDX entry id in the clusters collection. */
  proseId: string;
  /** Figures about the cluster: named in its frontmatter, then those scoped to it. */
  figureIds: string[];
  locator: Locator;
  sourceIds: string[];
  updated: string;
}

export function clusterView(slug: string, locale: Locale): ClusterView {
  const s = t(locale);
  const a = atlas();
  const d = doc('clusters', locale, slug);
  if (!d) throw new Error(`no cluster "${slug}" in ${locale}`);
  const region = a.regionByCode.get(d.data.region)!;
  const atSource = d.data.region_at_source ? a.regionByCode.get(d.data.region_at_source) : undefined;
  const labels = a.site.collections;
  // Its name in the other languages, shown and indexed, so "kopi" finds the coffee cluster on the English
  // side and "coffee" the kopi cluster on the Indonesian one.
  const twins = otherLocales(locale).flatMap((other) => {
    const twin = doc('clusters', other, d.slug);
    const names = twin ? [...new Set([twin.data.title, twin.data.product])].filter((n) => n !== d.data.title && n !== d.data.product) : [];
    return names.length > 0 ? [{ locale: other, label: s.inLanguage(languageNameIn(other, locale)), names: names.join(' · ') }] : [];
  });
  return {
    slug: d.slug,
    title: d.data.title,
    summary: d.data.summary,
    crumbs: [{ label: labels.clusters.plural[locale]!, path: pathFor('clusters', locale) }, { label: d.data.title }],
    product: d.data.product,
    twins,
    locality: { text: d.data.locality, note: d.data.locality_note },
    region: { href: href(pathFor(`region:${region.slug}`, locale)), text: regionName(region, locale), atSource: atSource && s.regionAtSource(regionName(atSource, locale)) },
    coordinates: `${d.data.coordinates.lat}, ${d.data.coordinates.lon}`,
    programs: d.data.programs.map((p) => ({ href: href(pathFor(`program:${p}`, locale)), text: doc('programs', locale, p)!.data.title })),
    proseId: `${locale}/${d.slug}`,
    figureIds: [...new Set([...d.data.figures, ...figuresForCluster(d.slug).map((f) => f.id)])],
    locator: { code: region.code, title: `${s.locator}: ${regionName(region, locale)}`, id: `locator-${region.slug}` },
    sourceIds: d.data.sources,
    updated: d.data.updated,
  };
}
