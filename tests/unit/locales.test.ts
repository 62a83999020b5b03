// The atlas's languages are data (data/site.yaml `locales`): src/shared/locales.ts reads the list
// every part of the engine uses. Its reading forgives mistakes, which the site schema reports.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteSchema } from '../../src/schemas/index.ts';
import { DEFAULT_LOCALE, LOCALES, readLocales } from '../../src/shared/locales.ts';

function atlasWith(siteYaml: string): string {
  const root = mkdtempSync(join(tmpdir(), 'locales-'));
  mkdirSync(join(root, 'data'));
  writeFileSync(join(root, 'data/site.yaml'), siteYaml);
  return root;
}

describe('readLocales', () => {
  it("reads this atlas's languages, the default first", () => {
    expect(LOCALES).toEqual(['id', 'en']);
    expect(DEFAULT_LOCALE).toBe('id');
  });

  it('serves the first language at the root and each other under its prefix, or its code', () => {
    const root = atlasWith('locales:\n  - { code: id, intl: id-ID }\n  - { code: en, intl: en-GB, prefix: english }\n  - { code: ms, intl: ms-MY }\n');
    expect(readLocales(root)).toEqual([
      { code: 'id', intl: 'id-ID', root: '/' },
      { code: 'en', intl: 'en-GB', root: '/english/' },
      { code: 'ms', intl: 'ms-MY', root: '/ms/' },
    ]);
  });

  it('gives no list for a file without one, and skips entries it cannot use', () => {
    expect(readLocales(atlasWith('title: x\n'))).toEqual([]);
    expect(readLocales(atlasWith('locales: [oops\n'))).toEqual([]);
    expect(readLocales(atlasWith('locales:\n  - { code: ID }\n  - { code: en }\n  - { code: en }\n'))).toEqual([{ code: 'en', intl: 'en', root: '/' }]);
  });
});

describe('the locales field of site.yaml', () => {
  const field = siteSchema.shape.locales;
  it('accepts a list of languages with Intl tags', () => {
    expect(
      field.safeParse([
        { code: 'id', intl: 'id-ID' },
        { code: 'en', intl: 'en-GB', prefix: 'en' },
      ]).success,
    ).toBe(true);
  });
  it('refuses a prefix on the first language, a language twice, a taken prefix, a bad tag and an empty list', () => {
    const messages = (v: unknown) => field.safeParse(v).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
    expect(messages([{ code: 'id', intl: 'id-ID', prefix: 'id' }])).toEqual(['0.prefix: no prefix on the first language (it is served at the site root)']);
    expect(
      messages([
        { code: 'id', intl: 'id-ID' },
        { code: 'id', intl: 'id-ID' },
      ]),
    ).toContain('1.code: a language listed once ("id" is listed twice)');
    expect(
      messages([
        { code: 'id', intl: 'id-ID' },
        { code: 'en', intl: 'en-GB' },
        { code: 'ms', intl: 'ms-MY', prefix: 'en' },
      ]),
    ).toEqual(['2.prefix: a URL prefix of its own ("en" is taken)']);
    expect(messages([{ code: 'id', intl: 'not a tag!' }])).toEqual(['0.intl: a BCP 47 tag for numbers and dates, e.g. "id-ID" or "en-GB"']);
    expect(messages([])).toEqual([': at least one language']);
  });
});
