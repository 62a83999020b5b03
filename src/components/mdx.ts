import Chart from './Chart.astro';
import ClusterMap from './ClusterMap.astro';
import Conflict from './Conflict.astro';
import RegionGrid from './RegionGrid.astro';
import Source from './Source.astro';
import Stat from './Stat.astro';
import Term from './Term.astro';

/** The components MDX content may use without importing them (validated by src/validate/load-content.ts). */
export const mdxComponents = { Stat, Chart, Source, Conflict, RegionGrid, ClusterMap, Term };
