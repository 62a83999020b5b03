import type { APIRoute } from 'astro';
import { buildsHere } from '../../lib/atlas.ts';
import { datasetJsonText, datasets, type Dataset } from '../../lib/datasets.ts';
import { ALWAYS, beginOutput, wantOutput } from '../../lib/track.ts';

// Every dataset as JSON, with its metadata: /files/figures.json, /files/series/<id>.json, …
export function getStaticPaths() {
  return datasets()
    .filter((d) => buildsHere(`dataset:${d.id}`) && wantOutput(`${d.file.slice(1)}.json`))
    .map((d) => ({ params: { name: d.file.replace(/^\/files\//, '') }, props: { d } }));
}

export const GET: APIRoute = ({ props }) => {
  const { d } = props as { d: Dataset };
  // Computed with every dataset in getStaticPaths, before any output is current: rebuilt every time.
  beginOutput(`${d.file.slice(1)}.json`, ALWAYS);
  return new Response(datasetJsonText(d), { headers: { 'Content-Type': 'application/json' } });
};
