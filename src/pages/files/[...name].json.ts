import type { APIRoute } from 'astro';
import { buildsHere } from '../../lib/atlas.ts';
import { datasetJsonText, dataset, datasetFiles } from '../../lib/datasets.ts';
import { beginOutput, wantOutput } from '../../lib/track.ts';

// Every dataset as JSON, with its metadata: /files/figures.json, /files/series/<id>.json, …
export function getStaticPaths() {
  return datasetFiles()
    .filter((d) => buildsHere(`dataset:${d.id}`) && wantOutput(`${d.file.slice(1)}.json`))
    .map((d) => ({ params: { name: d.file.replace(/^\/files\//, '') }, props: { id: d.id, file: d.file } }));
}

export const GET: APIRoute = ({ props }) => {
  const { id, file } = props as { id: string; file: string };
  beginOutput(`${file.slice(1)}.json`);
  return new Response(datasetJsonText(dataset(id)), { headers: { 'Content-Type': 'application/json' } });
};
