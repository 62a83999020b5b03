// The figures explorer (/angka/, /en/figures/): topic order and the choices of its filters, computed
// from the data. Rendering and the optional script (public/explore.js) only read these lists.
import type { Locale } from '../schemas/index.ts';
import type { FigureRecord } from '../validate/load-data.ts';
import { atlas, regionName } from './atlas.ts';
import { periodEnd } from './measures.ts';

export interface TopicGroup {
  id: string;
  label: string;
  figures: FigureRecord[];
}

/**
 * Topics by importance: those holding a measure followed over time (the home page's key figures)
 * first, then by how many figures they hold, then by name. Figures inside a topic: newest first.
 */
export function topicsByImportance(locale: Locale): TopicGroup[] {
  const a = atlas();
  const collator = new Intl.Collator(locale);
  const groups = Object.entries(a.topics).map(([id, label]) => ({
    id,
    label: label[locale],
    figures: [...a.figures.values()]
      .filter((f) => f.topic === id)
      .sort((x, y) => periodEnd(y.period).localeCompare(periodEnd(x.period)) || x.id.localeCompare(y.id)),
  }));
  const measured = (g: TopicGroup) => (g.figures.some((f) => f.measure) ? 1 : 0);
  return groups.sort((x, y) => measured(y) - measured(x) || y.figures.length - x.figures.length || collator.compare(x.label, y.label));
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
