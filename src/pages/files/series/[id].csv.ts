import type { APIRoute } from 'astro';
import { atlas } from '../../../lib/atlas.ts';
import { seriesCsv } from '../../../lib/downloads.ts';

export function getStaticPaths() {
  return [...atlas().series.keys()].map((id) => ({ params: { id } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(seriesCsv(atlas().series.get(params.id!)!), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
