// What a figure's page shows (/angka/<id>/, /en/figures/<id>/), computed and typed here so the layout
// (src/layouts/FigurePage.astro) only renders it, and a unit test can read it without building a site.
import { t } from '../i18n/index.ts';
import { atlas, conflictsOf, doc, figureBacklinks, pathFor, recordsOfMeasure, routeFor } from '../lib/atlas.ts';
import { figureDates, firstEdition, newerFigure, valueSteps } from '../lib/changes.ts';
import { figureCitation } from '../lib/cite.ts';
import { formatDate, formatPeriod, formatValue } from '../lib/format.ts';
import { regionLabel } from '../lib/relations.ts';
import { absolute, href } from '../lib/url.ts';
import { searchPhrases, type Locale } from '../schemas/index.ts';
import { type SourceRef, sourceRef } from './sources.ts';
import type { Link } from './types.ts';

export interface FigureView {
  id: string;
  /** The figure's label (h1, breadcrumb) and its period as written for the language. */
  label: string;
  period: string;
  /** The value as a reader writes it ("4,19 juta unit usaha"). */
  value: string;
  /** The page's meta description: label, period, value and claimant. */
  description: string;
  /** Phrases readers type for this measure (data/search-terms.yaml), and the search weight: 8 for the newest record. */
  searchTerms?: { text: string; weight: '8' | '3' };
  /** A newer record of the same measure. */
  newer?: Link & { claimant: string };
  note?: { text: string; caution: boolean };
  unit: string;
  scope: { text: string; href?: string };
  claimant: string;
  /** When the claimant stated it, if the data says. */
  stated?: string;
  source: SourceRef & { listHref: string };
  definition?: string;
  /** When the atlas added the figure ("23 November 2026 (first edition)") and last changed it, if later. */
  added: string;
  changed?: string;
  /** Earlier values, newest first. */
  revisions: { from: string; to: string; date: string; note?: string }[];
  /** Whether the source is the claimant's own release, in words. */
  provenance: string;
  conflictIds: string[];
  citation: string;
  /** Pages that use the figure: prose, charts, its province. */
  usedOn: Link[];
  /** The figures index, for the breadcrumb (a site path). */
  figuresPath: string;
}

export function figureView(id: string, locale: Locale, site: URL | string | undefined): FigureView {
  const s = t(locale);
  const a = atlas();
  const f = a.figures.get(id);
  if (!f) throw new Error(`no figure "${id}"`);
  const src = a.sources.get(f.source)!;
  const unit = a.units[f.unit]!;
  const fmt = (n: number) => formatValue(n, unit, locale, { qualifier: f.qualifier });
  const value = fmt(f.value);
  const period = formatPeriod(f.period, locale);
  const [scopeKind, scopeRef] = f.scope.split(':') as [string, string | undefined];
  const scopeText =
    f.scope_label?.[locale] ??
    (scopeKind === 'national' ? s.national : scopeKind === 'region' ? regionLabel(scopeRef!, locale) : scopeKind === 'set' ? a.regionSets.find((x) => x.id === scopeRef)?.label[locale] : scopeRef) ??
    f.scope;
  const scopeRoute = scopeKind === 'region' ? routeFor(`region:${a.regionByCode.get(scopeRef!)!.slug}`, locale) : scopeKind === 'cluster' ? routeFor(`cluster:${scopeRef}`, locale) : undefined;
  const labelOf = (key: string): string => {
    const [kind, ref] = key.split(':') as [string, string];
    if (kind === 'cluster') return doc('clusters', locale, ref)?.data.title ?? ref;
    if (kind === 'program') return doc('programs', locale, ref)?.data.title ?? ref;
    if (kind === 'page') return doc('pages', locale, ref)?.data.title ?? ref;
    if (kind === 'region') return regionLabel(a.regionBySlug.get(ref)?.code ?? ref, locale);
    if (kind === 'chart') return a.series.get(ref)?.meta.title[locale] ?? ref;
    return ref;
  };
  // Phrases readers search for this measure, weighted for search: the newest record of the measure
  // most, so "berapa jumlah IKM" finds the latest count first.
  const terms = f.measure ? a.searchTerms.filter((x) => x.measure === f.measure).flatMap((x) => searchPhrases(x, locale)) : [];
  const newestOfMeasure = f.measure ? recordsOfMeasure(f.measure)[0]?.id === f.id : false;
  const dates = figureDates(f);
  const newer = newerFigure(f);
  const unitName = unit.label?.[locale] ?? (unit.kind === 'percent' ? '%' : unit.kind === 'currency' ? (unit.currency ?? unit.kind) : unit.kind === 'year' ? s.yearUnit : unit.kind);
  return {
    id: f.id,
    label: f.label[locale]!,
    period,
    value,
    description: `${f.label[locale]}, ${period}: ${value} — ${f.claimant[locale]}.`,
    searchTerms: terms.length > 0 ? { text: terms.join(' · '), weight: newestOfMeasure ? '8' : '3' } : undefined,
    newer: newer && {
      href: href(pathFor(`figure:${newer.id}`, locale)),
      text: `${newer.label[locale]}, ${formatPeriod(newer.period, locale)}: ${formatValue(newer.value, a.units[newer.unit]!, locale, { qualifier: newer.qualifier })}`,
      claimant: newer.claimant[locale]!,
    },
    note: f.note && { text: f.note[locale]!, caution: f.caveat },
    unit: unitName,
    scope: { text: scopeText, href: scopeRoute && href(scopeRoute.path) },
    claimant: f.claimant[locale]!,
    stated: f.stated && formatDate(f.stated, locale),
    source: {
      ...sourceRef(src, locale),
      listHref: `${href(pathFor('sources', locale))}#src-${src.id}`,
    },
    definition: f.definition?.[locale],
    added: `${formatDate(dates.added, locale)}${dates.added === firstEdition() && !f.added ? ` (${s.firstEdition})` : ''}`,
    changed: dates.changed !== dates.added ? formatDate(dates.changed, locale) : undefined,
    revisions: [...valueSteps(f)].reverse().map((r) => ({ from: fmt(r.from), to: fmt(r.to), date: formatDate(r.date, locale), note: r.note?.[locale] })),
    provenance: f.primary ? s.primaryRelease : s.reportedOnly(src.publisher),
    conflictIds: conflictsOf(f.id).map((c) => c.id),
    citation: figureCitation(f, locale, absolute(pathFor(`figure:${f.id}`, locale), site)),
    usedOn: figureBacklinks(f.id)
      .map((k) => routeFor(k, locale))
      .filter((r) => r !== undefined)
      .map((r) => ({ href: href(r.path), text: labelOf(r.key) })),
    figuresPath: pathFor('figures', locale),
  };
}
