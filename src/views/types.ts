// Shapes several page views share; layouts and components render them as they are.

export interface Link {
  href: string;
  text: string;
}

/** One term of a facts list (<dl class="facts">); its description is text and links in order. */
export interface Fact {
  term: string;
  parts: (string | Link)[];
}

/** A card in a list of entity pages (src/components/CardList.astro); path is a site path. */
export interface Card {
  title: string;
  path: string;
  summary: string;
  meta?: string;
}

/** A step of the breadcrumb trail (src/layouts/Base.astro); the last, the page itself, has no path. */
export interface Crumb {
  label: string;
  path?: string;
}

/** The tile map that shows where a place lies (src/components/RegionGrid.astro). */
export interface Locator {
  code: string;
  title: string;
  id: string;
}
