// The programs index's view (src/views/programs-index.ts) read straight from content/programs/, without a
// site build (checked against the page as built before the view existed).
import { describe, expect, it } from 'vitest';
import { programsIndexView } from '../../../src/views/programs-index.ts';

describe('programsIndexView', () => {
  const en = programsIndexView('en');
  const id = programsIndexView('id');

  it('lists every program, oldest start first, with its agency and years', () => {
    expect(en.cards).toHaveLength(12);
    expect(en.cards[0]).toMatchObject({ path: '/en/programs/tenaga-penyuluh-lapangan/', meta: 'Ministry of Industry (Ditjen IKM) with provincial and district industry offices · 2007' });
    expect(en.cards.find((c) => c.path === '/en/programs/restrukturisasi-mesin/')?.meta).toBe('Ministry of Industry (Directorate General of IKM, later IKMA) · 2009');
    expect(id.cards[0]!.path).toBe('/program/ovop/'); // the same year, then by the title in the language
  });

  it('is titled by the collection', () => {
    expect(en.title).toBe('Programs');
    expect(en.crumbs).toEqual([{ label: 'Programs' }]);
  });
});
