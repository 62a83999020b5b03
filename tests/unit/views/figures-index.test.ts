// The figures index's view (src/views/figures-index.ts) read straight from data/figures and data/topics,
// without a site build (checked against the page as built before the view existed). This atlas is small
// enough for one page; grouped indexes are tests/unit/groups.test.ts's and tests/build's.
import { describe, expect, it } from 'vitest';
import { atlas, routeFor } from '../../../src/lib/atlas.ts';
import { figuresIndexView } from '../../../src/views/figures-index.ts';

describe('figuresIndexView', () => {
  const en = figuresIndexView(routeFor('figures', 'en')!);

  it('is one page, titled Figures, linking the charts and the open data', () => {
    expect(en.group.whole).toBe(true);
    expect(en.title).toBe('Figures');
    expect(en.crumbs).toEqual([{ label: 'Figures' }]);
    expect(en.related).toEqual([
      { href: '/en/charts/', text: 'Charts' },
      { href: '/en/data/', text: 'Open data' },
    ]);
    expect(en.formAction).toBe('/en/figures/');
  });

  it('tables every figure once, topic by topic, the most important topic first', () => {
    expect(en.topics[0]!).toMatchObject({ id: 'ikm-structure', label: 'IKM structure: business units and jobs' });
    const ids = en.topics.flatMap((g) => g.ids);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(atlas().figures.size);
    expect(en.groupIds).toEqual([]);
  });

  it('offers the filter form’s years newest first and the provinces some figure is about', () => {
    expect(en.years).toEqual([...en.years].sort().reverse());
    expect(en.regions[0]).toEqual({ code: '11', name: 'Aceh' });
  });
});
