// "17 clusters", "1 province", "17 klaster": a count with the noun in the form its language uses.
// Intl.PluralRules picks the category; a language whose rules know a single category (Indonesian:
// "other" only) does not inflect nouns for number, so it keeps the singular label.
import { numberFormat } from '../shared/intl.ts';

const rules = new Map<string, Intl.PluralRules>();

/** Whether `intlLocale` ("en-GB") uses the singular form for `n`. */
export function takesSingular(n: number, intlLocale: string): boolean {
  let r = rules.get(intlLocale);
  if (!r) {
    r = new Intl.PluralRules(intlLocale);
    rules.set(intlLocale, r);
  }
  return r.resolvedOptions().pluralCategories.length === 1 || r.select(n) === 'one';
}

/** `n` formatted for the locale, then the singular or plural noun as given (no case change). */
export function counted(n: number, forms: { singular: string; plural: string }, intlLocale: string): string {
  return `${numberFormat(intlLocale, {}).format(n)} ${takesSingular(n, intlLocale) ? forms.singular : forms.plural}`;
}
