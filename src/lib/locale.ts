import { DEFAULT_LOCALE, LOCALES, localeInfo, type Locale } from '../schemas/index.ts';
import { intlLocale } from './format.ts';

/** The locale of a page from its URL: the language whose prefix it starts with, else the default one. */
export function localeOf(url: URL): Locale {
  const base = (import.meta.env.BASE_URL ?? '/').replace(/\/?$/, '/');
  const rest = `/${url.pathname.startsWith(base) ? url.pathname.slice(base.length) : url.pathname.replace(/^\//, '')}`;
  return LOCALES.find((l) => localeInfo(l).root !== '/' && `${rest}/`.startsWith(localeInfo(l).root)) ?? DEFAULT_LOCALE;
}

/** The atlas's other languages, in the order site data lists them (the language switch links each). */
export function otherLocales(locale: Locale): Locale[] {
  return LOCALES.filter((l) => l !== locale);
}

/** A language's name in another language ("Inggris" for en, on an Indonesian page), from the runtime's own list. */
export function languageNameIn(language: Locale, locale: Locale): string {
  return new Intl.DisplayNames([intlLocale(locale)], { type: 'language' }).of(language) ?? language;
}
