// The engine's words are data (src/locales/<code>.yaml, ICU messages keyed as src/i18n/catalogue.ts
// lists them): every shipped file is complete and valid, and t() gives texts and messages that format
// with the language's plural rules.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { t } from '../../src/i18n/index.ts';
import { engineDir, engineLanguages, stringsSchema } from '../../src/i18n/messages.ts';

const shipped = (code: string) => parse(readFileSync(join(engineDir(), 'src/locales', `${code}.yaml`), 'utf8')) as Record<string, unknown>;
const problems = (data: unknown) => stringsSchema.safeParse(data).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('the engine strings files', () => {
  it('ships Indonesian and English', () => {
    expect(engineLanguages()).toEqual(['en', 'id']);
  });

  it.each(['id', 'en'])('%s.yaml has every key of the catalogue, no other, each a valid message', (code) => {
    expect(problems(shipped(code))).toEqual([]);
  });

  it('refuses a missing key, an unknown key, an argument the key does not take, markup and a broken message', () => {
    const en = shipped('en');
    const bad = { ...en, skip: undefined, skipp: 'Skip', figuresFor: 'Figures for this {place}', home: '<b>Home</b>', showFigures: 'Show {n, plural, one {# figure}' };
    const joined = problems(bad).join('\n');
    expect(joined).toContain('skipp');
    expect(joined).toContain('skip: a text (an ICU message)');
    expect(joined).toContain('home: text without tags (<…> is markup)');
    expect(joined).toContain('figuresFor: a message using only {region} (with _lower or _roman), not {place}');
    expect(joined).toMatch(/showFigures: an ICU message \(/);
  });
});

describe('t(locale)', () => {
  it('gives plain texts as strings', () => {
    expect(t('id').skip).toBe('Langsung ke isi');
    expect(t('en').skip).toBe('Skip to content');
  });

  it("formats messages with the language's plural rules", () => {
    expect(t('en').showFigures(1)).toBe('Show 1 figure');
    expect(t('en').showFigures(13)).toBe('Show 13 figures');
    expect(t('id').showFigures(13)).toBe('Tampilkan 13 angka');
    expect(t('en').chartSummary.gaps(0)).toBe('no periods without data');
    expect(t('en').chartSummary.gaps(1)).toBe('1 period without data');
    expect(t('id').chartSummary.gaps(0)).toBe('semua periode memiliki data');
    expect(t('en').chartSummary.withData(1, 38)).toBe('1 of 38 regions has data');
  });

  it('offers every text argument lowercased and every number as a Roman numeral', () => {
    expect(t('en').figuresFor('Province')).toBe('Figures for this province');
    expect(t('id').quarter(2, '2019')).toBe('Triwulan II 2019');
    expect(t('en').quarter(2, '2019')).toBe('Q2 2019');
  });

  it('chooses with select on true/false', () => {
    expect(t('en').chartSummary.line(true, 'a', 'b', 'c', 'd')).toBe('Latest values: a; highest b and lowest c; d.');
    expect(t('en').chartSummary.line(false, 'a', 'b', 'c', 'd')).toBe('Latest value a; highest b and lowest c; d.');
  });
});
