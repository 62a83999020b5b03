import type { APIRoute } from 'astro';
import { buildsHere } from '../../lib/atlas.ts';
import { datasetCsv, datasets, type Dataset } from '../../lib/datasets.ts';
import { ALWAYS, beginOutput, wantOutput } from '../../lib/track.ts';

// Every dataset as RFC 4180 CSV: /files/figures.csv, /files/series/<id>.csv, …
export function getStaticPaths() {
  return datasets()
    .filter((d) => buildsHere(`dataset:${d.id}`) && wantOutput(`${d.file.slice(1)}.csv`))
    .map((d) => ({ params: { name: d.file.replace(/^\/files\//, '') }, props: { d } }));
}

export const GET: APIRoute = ({ props }) => {
  const { d } = props as { d: Dataset };
  // Computed with every dataset in getStaticPaths, before any output is current: rebuilt every time.
  beginOutput(`${d.file.slice(1)}.csv`, ALWAYS);
  return new Response(datasetCsv(d), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
