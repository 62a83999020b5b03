// The list of sources' view (src/views/sources.ts) read straight from data/sources.yaml and the figures
// that cite them, without a site build (checked against the page as built before the view existed).
import { describe, expect, it } from 'vitest';
import { atlas } from '../../../src/lib/atlas.ts';
import { figuresFromSource } from '../../../src/lib/atlas.ts';
import { SOURCE_FIGURE_LINKS, sourcesView } from '../../../src/views/sources.ts';

describe('sourcesView', () => {
  const en = sourcesView('en');
  const find = (id: string) => en.sources.find((x) => x.id === id)!;

  it('lists every source once', () => {
    expect(en.sources).toHaveLength(atlas().sources.size);
    expect(en.title).toBe('Sources');
    expect(en.crumbs).toEqual([{ label: 'Sources' }]);
  });

  it('writes the date, the kind and its notes for the language', () => {
    expect(find('eksekutor-2026-01-13')).toMatchObject({
      publisher: 'Eksekutor.com',
      url: 'https://eksekutor.com/?p=118403',
      date: 'January 2026',
      meta: 'news',
      dateNote: 'The meeting reported took place on Tuesday 13 January 2026.',
      note: { text: 'The headline does not show in the stored copy; the title here summarises the report.', caution: false },
    });
  });

  it('says when a source has no link, cautions on a blog, and links the figures taken from it', () => {
    const blog = find('kompasiana-2019-11-11');
    expect(blog.meta).toBe('personal blog · Mustika PutriMillenia · no online link');
    expect(blog.url).toBeUndefined();
    expect(blog.note?.caution ?? true).toBe(true);
    const cited = en.sources.find((x) => x.figures.length > 0)!;
    expect(cited.figures[0]!.href).toMatch(/^\/en\/figures\/.+\/$/);
  });

  it('lists at most a set number of figures under a source, and points to the figures table for the rest', () => {
    // databoks-undated gives 12 figures on this site, fewer than SOURCE_FIGURE_LINKS: all listed.
    expect(figuresFromSource('databoks-undated')).toHaveLength(12);
    expect(SOURCE_FIGURE_LINKS).toBeGreaterThan(12);
    expect(find('databoks-undated').figures).toHaveLength(12);
    expect(en.sources.every((x) => x.moreFigures === undefined)).toBe(true);
    const capped = sourcesView('id', 5).sources.find((x) => x.id === 'databoks-undated')!;
    expect(capped.figures).toHaveLength(5);
    expect(capped.moreFigures).toEqual({ text: '… dan 7 lainnya; semuanya ada di tabel angka (kolom source):', csv: { href: '/files/figures.csv', text: 'CSV' } });
    const one = sourcesView('en', 11).sources.find((x) => x.id === 'databoks-undated')!;
    expect(one.moreFigures?.text).toBe('… and 1 more; all of them are in the table of figures (column source):');
  });
});
