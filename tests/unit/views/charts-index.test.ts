// The charts index's view (src/views/charts-index.ts) read straight from data/series/, without a site
// build (checked against the page as built before the view existed). This atlas is small enough for one
// page; grouped indexes are tests/unit/groups.test.ts's and tests/build's.
import { describe, expect, it } from 'vitest';
import { atlas, routeFor } from '../../../src/lib/atlas.ts';
import { chartsIndexView } from '../../../src/views/charts-index.ts';

describe('chartsIndexView', () => {
  const en = chartsIndexView(routeFor('charts', 'en')!);

  it('lists every chart by title, with the day it was last updated', () => {
    expect(en.group.whole).toBe(true);
    expect(en.cards).toHaveLength(atlas().series.size);
    expect(en.cards[0]).toMatchObject({ title: 'e-Smart IKM: participants and target', path: '/en/charts/esmart-ikm/', meta: 'Updated: 23 November 2026' });
    const titles = en.cards.map((c) => c.title);
    expect(titles).toEqual([...titles].sort((x, y) => x.localeCompare(y)));
  });

  it('is titled Charts', () => {
    expect(en.title).toBe('Charts');
    expect(en.crumbs).toEqual([{ label: 'Charts' }]);
  });
});
