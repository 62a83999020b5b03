import type { APIRoute } from 'astro';
import { atlas, buildsHere } from '../../../lib/atlas.ts';
import { renderedSeries } from '../../../lib/chart-render.ts';
import { standaloneSvg } from '../../../lib/downloads.ts';

// One SVG per chart and language: /files/charts/<id>.<locale>.svg
export function getStaticPaths() {
  return [...atlas().series.keys()].filter((id) => buildsHere(`chart:${id}`)).flatMap((id) => (['id', 'en'] as const).map((locale) => ({ params: { name: `${id}.${locale}` }, props: { id, locale } })));
}

export const GET: APIRoute = ({ props, site }) => {
  const { id, locale } = props as { id: string; locale: 'id' | 'en' };
  return new Response(standaloneSvg(renderedSeries(id, locale).wide, site), { headers: { 'Content-Type': 'image/svg+xml' } });
};
