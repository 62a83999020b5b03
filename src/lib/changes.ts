// What changed, and when: the atlas's own dates of each figure, source and series (data, never file
// times, so two builds of the same files are identical). The defaults, for records that name no date:
//   added   → the atlas's first edition (`first_edition` in data/site.yaml; without it, the earliest
//             `updated` date of its pages and series);
//   changed → a series' `updated`; a figure's latest revision date; otherwise the day it was added.
import type { Revision, Source } from '../schemas/index.ts';
import type { FigureRecord, SeriesRecord } from '../validate/load-data.ts';
import { atlas, entriesOnPage, recordsOfMeasure, updatedDates } from './atlas.ts';
import { newerRecord } from './measures.ts';
import { TrackedMemo } from './track.ts';

export interface Dated {
  added: string;
  changed: string;
}

/** The day records without an `added` date were added. */
export function firstEdition(): string {
  return atlas().site.first_edition ?? updatedDates().first;
}

/** Revisions oldest first. */
export function revisionsOf(f: FigureRecord): Revision[] {
  return [...(f.revisions ?? [])].sort((x, y) => x.date.localeCompare(y.date));
}

export function figureDates(f: FigureRecord): Dated {
  const added = f.added ?? firstEdition();
  return { added, changed: f.changed ?? revisionsOf(f).at(-1)?.date ?? added };
}

export function sourceDates(s: Source): Dated {
  const added = s.added ?? firstEdition();
  return { added, changed: s.changed ?? added };
}

export function seriesDates(s: SeriesRecord): Dated {
  return { added: s.meta.added ?? firstEdition(), changed: s.meta.changed ?? s.meta.updated };
}

/** A figure's values through time: each revision's value, then the current one, with the day each was replaced. */
export interface ValueStep {
  from: number;
  to: number;
  date: string;
  note?: Revision['note'];
}
export function valueSteps(f: FigureRecord): ValueStep[] {
  const revs = revisionsOf(f);
  return revs.map((r, i) => ({ from: r.value, to: revs[i + 1]?.value ?? f.value, date: r.date, note: r.note }));
}

export type ChangeKind = 'figure-added' | 'figure-changed' | 'series-added' | 'series-changed' | 'source-added' | 'source-changed';
export interface Change {
  date: string;
  kind: ChangeKind;
  /** Route key of the page about the record (figure:…, chart:…) or the source id. */
  ref: string;
}

/**
 * Every dated event of the atlas, newest first: records added, and records changed after they were
 * added. Ties in a stable order (kind, then id), so the page and feed never depend on file order.
 */
export function changes(): readonly Change[] {
  // Made once per process (the changes page in each language and the changes dataset read it).
  return changeList.get('', allChanges);
}

const changeList = new TrackedMemo<Change[]>();

function allChanges(): Change[] {
  const a = atlas();
  const out: Change[] = [];
  const push = (d: Dated, kind: 'figure' | 'series' | 'source', ref: string) => {
    out.push({ date: d.added, kind: `${kind}-added`, ref });
    if (d.changed > d.added) out.push({ date: d.changed, kind: `${kind}-changed`, ref });
  };
  for (const f of a.figures.values()) push(figureDates(f), 'figure', `figure:${f.id}`);
  for (const s of a.series.values()) push(seriesDates(s), 'series', `chart:${s.id}`);
  for (const s of a.sources.values()) push(sourceDates(s), 'source', s.id);
  const order: ChangeKind[] = ['figure-changed', 'series-changed', 'source-changed', 'figure-added', 'series-added', 'source-added'];
  return out.sort((x, y) => y.date.localeCompare(x.date) || order.indexOf(x.kind) - order.indexOf(y.kind) || x.ref.localeCompare(y.ref));
}

/**
 * How many changes the changelog page lists (the newest; the table of changes holds them all): twice an
 * index page's entries (`index_pages.max_entries`), since a change is one short line. Measured: this
 * site's 1 104 changes make /perubahan/ 41 KB gzipped (about 37 B each), so 2 000 stay near 75 KB.
 */
export function changesOnPage(): number {
  return 2 * entriesOnPage('figures');
}

/** Changes grouped by day, newest day first. */
export function changesByDay(): { date: string; changes: Change[] }[] {
  const days: { date: string; changes: Change[] }[] = [];
  for (const c of changes()) {
    const last = days.at(-1);
    if (last?.date === c.date) last.changes.push(c);
    else days.push({ date: c.date, changes: [c] });
  }
  return days;
}

/** The newest record of the same measure as `f`, when there is a newer one (src/lib/measures.ts). */
export function newerFigure(f: FigureRecord): FigureRecord | undefined {
  return f.measure ? newerRecord(f, new Map([[f.measure, recordsOfMeasure(f.measure)]])) : undefined;
}
