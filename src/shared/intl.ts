// Building an Intl formatter costs far more than using one, and a page formats hundreds of numbers:
// one formatter per locale and options for the whole build, shared by prose (format.ts) and charts.
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat>(kind: string, locale: string, options: object, make: () => F): F {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key) as F | undefined;
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

/** `locale` is a BCP 47 tag such as "id-ID". */
export const numberFormat = (locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat => cached('number', locale, options, () => new Intl.NumberFormat(locale, options));

export const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat => cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options));
