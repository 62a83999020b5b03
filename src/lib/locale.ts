import type { Locale } from '../schemas/index.ts';

/** The locale of a page from its URL: English lives under <base>en/, everything else is Indonesian. */
export function localeOf(url: URL): Locale {
  const base = (import.meta.env.BASE_URL ?? '/').replace(/\/?$/, '/');
  const rest = url.pathname.startsWith(base) ? url.pathname.slice(base.length) : url.pathname.replace(/^\//, '');
  return rest === 'en' || rest.startsWith('en/') ? 'en' : 'id';
}
