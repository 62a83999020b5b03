import { doc } from '../lib/atlas.ts';
import type { Route } from '../routes/table.ts';
import type { Crumb } from './types.ts';

/** A free page (content/pages/): its title and summary, and the MDX entry of its prose. */
export interface PageView {
  title: string;
  summary: string;
  crumbs: Crumb[];
  proseId: string;
}

export function pageView(route: Route): PageView {
  const page = doc('pages', route.locale, route.ref!);
  if (!page) throw new Error(`No page "${route.ref}" in ${route.locale}`);
  return { title: page.data.title, summary: page.data.summary, crumbs: [{ label: page.data.title }], proseId: `${route.locale}/${route.ref}` };
}
