import type { APIRoute } from 'astro';
import { buildsHere } from '../../lib/atlas.ts';
import { datasetJson, datasets, type Dataset } from '../../lib/datasets.ts';

// Every dataset as JSON, with its metadata: /files/figures.json, /files/series/<id>.json, …
export function getStaticPaths() {
  return datasets().filter((d) => buildsHere(`dataset:${d.id}`)).map((d) => ({ params: { name: d.file.replace(/^\/files\//, '') }, props: { d } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(datasetJson((props as { d: Dataset }).d), null, 2) + '\n', { headers: { 'Content-Type': 'application/json' } });
