/** Prefixes a site path ("/klaster/x/") with the configured base, so the site works under a sub-path. */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL ?? '/';
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\//, '');
}

/** Absolute URL of a site path, for canonical links, citations, feeds and the sitemap. */
export function absolute(path: string, site: string | URL | undefined): string {
  return new URL(href(path), site ?? 'http://localhost/').toString();
}
