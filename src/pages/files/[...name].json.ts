import type { APIRoute } from 'astro';
import { buildsHere } from '../../lib/atlas.ts';
import { datasetJsonText, datasets, type Dataset } from '../../lib/datasets.ts';

// Every dataset as JSON, with its metadata: /files/figures.json, /files/series/<id>.json, …
export function getStaticPaths() {
  return datasets()
    .filter((d) => buildsHere(`dataset:${d.id}`))
    .map((d) => ({ params: { name: d.file.replace(/^\/files\//, '') }, props: { d } }));
}

export const GET: APIRoute = ({ props }) => new Response(datasetJsonText((props as { d: Dataset }).d), { headers: { 'Content-Type': 'application/json' } });
