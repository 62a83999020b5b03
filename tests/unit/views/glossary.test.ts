// The glossary's view (src/views/glossary.ts) read straight from data/glossary.yaml and the content that
// uses <Term>, without a site build (checked against the page as built before the view existed).
import { describe, expect, it } from 'vitest';
import { atlas } from '../../../src/lib/atlas.ts';
import { glossaryView } from '../../../src/views/glossary.ts';

describe('glossaryView', () => {
  const en = glossaryView('en');
  const entry = (id: string) => en.sections.flatMap((x) => x.entries).find((g) => g.id === id)!;

  it('has institutions, then regulations, every entry once', () => {
    expect(en.sections.map((x) => [x.kind, x.heading])).toEqual([
      ['institution', 'Institutions'],
      ['regulation', 'Regulations'],
    ]);
    expect(en.sections.flatMap((x) => x.entries)).toHaveLength(atlas().glossary.size);
    expect(en.sections[0]!.entries.slice(0, 2).map((g) => g.id)).toEqual(['bank-indonesia', 'bps']);
  });

  it('shows the short form with the full term, links its sources and the pages that mention it', () => {
    expect(entry('bps')).toMatchObject({ short: 'BPS', term: 'Statistics Indonesia' });
    expect(entry('bps').sources[0]!.href).toMatch(/^\/en\/sources\/#src-/);
    expect(entry('bank-indonesia').usedOn[0]).toEqual({ href: '/en/programs/bangga-buatan-indonesia/', text: 'The national Bangga Buatan Indonesia movement (Gernas BBI)' });
    expect(en.crumbs).toEqual([{ label: 'Glossary' }]);
  });
});
