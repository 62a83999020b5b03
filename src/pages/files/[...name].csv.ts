import type { APIRoute } from 'astro';
import { buildsHere } from '../../lib/atlas.ts';
import { datasetCsv, dataset, datasetFiles } from '../../lib/datasets.ts';
import { beginOutput, wantOutput } from '../../lib/track.ts';

// Every dataset as RFC 4180 CSV: /files/figures.csv, /files/series/<id>.csv, …
export function getStaticPaths() {
  return datasetFiles()
    .filter((d) => buildsHere(`dataset:${d.id}`) && wantOutput(`${d.file.slice(1)}.csv`))
    .map((d) => ({ params: { name: d.file.replace(/^\/files\//, '') }, props: { id: d.id, file: d.file } }));
}

export const GET: APIRoute = ({ props }) => {
  const { id, file } = props as { id: string; file: string };
  beginOutput(`${file.slice(1)}.csv`);
  return new Response(datasetCsv(dataset(id)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
