import Chart from './Chart.astro';
import ClusterMap from './ClusterMap.astro';
import Conflict from './Conflict.astro';
import RegionGrid from './RegionGrid.astro';
import Source from './Source.astro';
import Stat from './Stat.astro';

/**
 * The components MDX content may use without importing them: the one list of them.
 * The validator (src/validate/mdx-components.ts) reads the names of this object from this file's
 * text, because it runs in plain Node where .astro files cannot be imported: keep it one object
 * literal of component names.
 */
export const mdxComponents = { Stat, Chart, Source, Conflict, RegionGrid, ClusterMap };

/** Their names, for code that runs inside Astro. */
export const mdxComponentNames = Object.keys(mdxComponents);
