// The list of sources' view (src/views/sources.ts) read straight from data/sources.yaml and the figures
// that cite them, without a site build (checked against the page as built before the view existed).
import { describe, expect, it } from 'vitest';
import { atlas } from '../../../src/lib/atlas.ts';
import { sourcesView } from '../../../src/views/sources.ts';

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
});
