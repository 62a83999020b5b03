import type { APIRoute } from 'astro';
import { buildsHere } from '../../lib/atlas.ts';
import { datasetCsv, datasets, type Dataset } from '../../lib/datasets.ts';

// Every dataset as RFC 4180 CSV: /files/figures.csv, /files/series/<id>.csv, …
export function getStaticPaths() {
  return datasets()
    .filter((d) => buildsHere(`dataset:${d.id}`))
    .map((d) => ({ params: { name: d.file.replace(/^\/files\//, '') }, props: { d } }));
}

export const GET: APIRoute = ({ props }) => new Response(datasetCsv((props as { d: Dataset }).d), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
