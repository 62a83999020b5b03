// A free page's view (src/views/page.ts), without a site build.
import { describe, expect, it } from 'vitest';
import { routeFor } from '../../../src/lib/atlas.ts';
import { pageView } from '../../../src/views/page.ts';

describe('pageView', () => {
  it('the about page in Indonesian: its title as the only crumb, its prose entry', () => {
    const v = pageView(routeFor('page:tentang', 'id')!);
    expect(v.crumbs).toEqual([{ label: v.title }]);
    expect(v.title).toBe('Tentang atlas dan metodologi');
    expect(v.summary.length).toBeGreaterThan(0);
    expect(v.proseId).toBe('id/tentang');
  }, 60_000);

  it('an unknown page is an error, not an empty page', () => {
    const about = routeFor('page:tentang', 'id')!;
    expect(() => pageView({ ...about, ref: 'no-such-page' })).toThrow(/No page "no-such-page" in id/);
  }, 60_000);
});
