// The figures explorer (/angka/, /en/figures/): topic order and the choices of its filters, computed
// from the data. Rendering and the optional script (public/explore.js) only read these lists.
import type { Locale } from '../schemas/index.ts';
import type { FigureRecord } from '../validate/load-data.ts';
import { atlas, regionName } from './atlas.ts';
import { headlineFirst, periodEnd, recordsByMeasure } from './measures.ts';

export interface TopicGroup {
  id: string;
  label: string;
  figures: FigureRecord[];
}

/**
 * Topics by importance: in the order the home page leads with their measures (country-wide measures
 * first, newest first: src/lib/measures.ts headlineFirst), then by how many figures they hold, then by
 * name. Figures inside a topic: newest first.
 */
export function topicsByImportance(locale: Locale): TopicGroup[] {
  const a = atlas();
  const collator = new Intl.Collator(locale);
  const groups = Object.entries(a.topics).map(([id, label]) => ({
    id,
    label: label[locale],
    figures: [...a.figures.values()].filter((f) => f.topic === id).sort((x, y) => periodEnd(y.period).localeCompare(periodEnd(x.period)) || x.id.localeCompare(y.id)),
  }));
  const lead = headlineFirst([...recordsByMeasure(a.figures.values()).values()].map((list) => list[0]!));
  const rank = new Map<string, number>();
  lead.forEach((f, i) => {
    if (!rank.has(f.topic)) rank.set(f.topic, i);
  });
  const place = (g: TopicGroup) => rank.get(g.id) ?? Number.POSITIVE_INFINITY;
  return groups.sort((x, y) => place(x) - place(y) || y.figures.length - x.figures.length || collator.compare(x.label, y.label));
}

/** Years that figures' periods end in, newest first. */
export function figureYears(): string[] {
  return [...new Set([...atlas().figures.values()].map((f) => periodEnd(f.period).slice(0, 4)))].sort().reverse();
}

/** Provinces some figure is about (directly or through a cluster), A–Z in the locale. */
export function figureRegions(locale: Locale): { code: string; name: string }[] {
  const a = atlas();
  const codes = new Set<string>();
  for (const f of a.figures.values()) {
    if (f.scope.startsWith('region:')) codes.add(f.scope.slice('region:'.length));
    else if (f.scope.startsWith('cluster:')) {
      const c = a.clusters.find((d) => d.slug === f.scope.slice('cluster:'.length));
      if (c) codes.add(c.data.region);
    }
  }
  const collator = new Intl.Collator(locale);
  return [...codes]
    .map((code) => a.regionByCode.get(code))
    .filter((r) => r !== undefined)
    .map((r) => ({ code: r.code, name: regionName(r, locale) }))
    .sort((x, y) => collator.compare(x.name, y.name));
}
