import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { glossaryEntrySchema, siteSchema } from '../../src/schemas/index.ts';
import { validateAtlas } from '../../src/validate/index.ts';
import { zodProblems } from '../../src/validate/zod-problems.ts';
import { MINI, tempDir } from '../lib/atlas-fixtures.ts';

const entry = {
  id: 'uu-3-2014',
  kind: 'regulation',
  term: { id: 'Undang-Undang Nomor 3 Tahun 2014 tentang Perindustrian', en: 'Law No. 3 of 2014 on Industry' },
  short: { id: 'UU 3/2014', en: 'Law 3/2014' },
  text: { id: 'Undang-undang pokok perindustrian.', en: 'The framework law on industry.' },
  sources: ['gatra-2024-07-09'],
};

function problems(value: unknown) {
  const r = glossaryEntrySchema.safeParse(value);
  if (r.success) return [];
  return zodProblems(r.error, value, { file: 'data/glossary.yaml' }).map(({ field, expected, found }) => ({ field, expected, found }));
}

describe('glossary entry schema', () => {
  it('accepts an institution or a regulation, with or without a short form', () => {
    expect(problems(entry)).toEqual([]);
    const { short: _s, ...noShort } = entry;
    expect(problems({ ...noShort, kind: 'institution' })).toEqual([]);
  });
  it('rejects another kind, a missing source list and text in one language', () => {
    expect(problems({ ...entry, kind: 'programme' })[0]).toMatchObject({ field: 'kind', expected: 'institution or regulation' });
    expect(problems({ ...entry, sources: [] })[0]).toMatchObject({ field: 'sources', expected: 'at least one source id' });
    expect(problems({ ...entry, text: { id: 'Hanya bahasa Indonesia.' } })[0]).toMatchObject({ field: 'text.en', found: 'nothing (the field is missing)' });
  });
  it('rejects an id that is not a slug (it becomes an anchor) and an unknown field', () => {
    expect(problems({ ...entry, id: 'UU 3/2014' })[0]).toMatchObject({ field: 'id' });
    expect(problems({ ...entry, note: 'x' })).toEqual([{ field: '(root)', expected: 'only the documented fields', found: 'unknown field "note"' }]);
  });
  it('the glossary URL words are optional in data/site.yaml', () => {
    const shape = siteSchema.shape.paths.shape.glossary;
    expect(shape.safeParse(undefined).success).toBe(true);
    expect(shape.safeParse({ id: 'glosarium', en: 'glossary' }).success).toBe(true);
    expect(shape.safeParse({ id: 'Glosarium' }).success).toBe(false);
  });
});

describe('glossary references, checked with file and line', () => {
  const roots: string[] = [];
  afterAll(() => {
    for (const r of roots) rmSync(r, { recursive: true, force: true });
  });

  /** The mini fixture atlas with a glossary and one page whose prose uses <Term>. */
  function atlasWith(glossary: string, prose: string, paths = true) {
    const root = tempDir('glossary');
    roots.push(root);
    cpSync(MINI, root, { recursive: true });
    writeFileSync(join(root, 'data/glossary.yaml'), glossary);
    if (paths) writeFileSync(join(root, 'data/site.yaml'), readFileSync(join(root, 'data/site.yaml'), 'utf8').replace(/(\npaths:\n)/, '$1  glossary: { id: glosarium, en: glossary }\n'));
    for (const locale of ['id', 'en']) {
      mkdirSync(join(root, 'content/pages', locale), { recursive: true });
      writeFileSync(join(root, 'content/pages', locale, 'istilah.mdx'), `---\ntitle: "Istilah"\nsummary: "Uji."\npath: istilah\nupdated: "2024-06-01"\n---\n\nSatu baris.\n\n${prose}\n`);
    }
    return root;
  }
  const good = `- id: bps\n  kind: institution\n  term: { id: Badan Pusat Statistik, en: Statistics Indonesia }\n  short: { id: BPS, en: BPS }\n  text: { id: Lembaga statistik., en: The statistics agency. }\n  sources: [SOURCE]\n`;

  it('an unknown <Term> id is reported at its file and line', () => {
    const probe = atlasWith('', '');
    const source = /- id: ([^\s]+)/.exec(readFileSync(join(probe, 'data/sources.yaml'), 'utf8'))![1]!;
    const root = atlasWith(good.replace('SOURCE', source), 'Menurut <Term id="bpss" />, begitu.');
    const { problems } = validateAtlas(root);
    const hits = problems.filter((p) => p.field === '<Term> id');
    expect(hits.map((p) => [p.file, p.line, p.found])).toEqual([
      ['content/pages/en/istilah.mdx', 10, '"bpss"'],
      ['content/pages/id/istilah.mdx', 10, '"bpss"'],
    ]);
    expect(hits[0]!.expected).toBe('an entry id from data/glossary.yaml');
  });

  it('a known id passes; an unknown source in an entry and missing URL words are reported', () => {
    const probe = atlasWith('', '');
    const source = /- id: ([^\s]+)/.exec(readFileSync(join(probe, 'data/sources.yaml'), 'utf8'))![1]!;
    expect(validateAtlas(atlasWith(good.replace('SOURCE', source), 'Menurut <Term id="bps" />, begitu.')).problems).toEqual([]);
    const bad = validateAtlas(atlasWith(good.replace('SOURCE', 'no-such-source'), '', false)).problems;
    expect(bad.find((p) => p.field === 'bps.sources')).toMatchObject({ file: 'data/glossary.yaml', line: 6, found: '"no-such-source"' });
    expect(bad.find((p) => p.field === 'paths.glossary')).toMatchObject({ file: 'data/site.yaml' });
  });
});
