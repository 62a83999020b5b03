import type { APIRoute } from 'astro';
import { atlas } from '../../../lib/atlas.ts';
import { seriesJson } from '../../../lib/downloads.ts';

export function getStaticPaths() {
  return [...atlas().series.keys()].map((id) => ({ params: { id } }));
}

export const GET: APIRoute = ({ params, site }) =>
  new Response(JSON.stringify(seriesJson(atlas().series.get(params.id!)!, site), null, 2), { headers: { 'Content-Type': 'application/json' } });
