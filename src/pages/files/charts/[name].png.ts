import type { APIRoute } from 'astro';
import { LOCALES } from '../../../schemas/index.ts';
import { atlas, buildsHere } from '../../../lib/atlas.ts';
import { beginOutput, wantOutput } from '../../../lib/track.ts';
import { chartPng } from '../../../lib/chart-images.ts';

// The publication image as PNG per chart and language: /files/charts/<id>.<locale>.png (1 200 px wide) and <id>.<locale>@2x.png (2 400 px).
// Only `astro dev` serves them from here: a build draws them with the chart's page and links them into
// the output (lib/chart-images.ts, images/linked-outputs.ts).
export function getStaticPaths() {
  if (!import.meta.env.DEV) return [];
  return [...atlas().series.keys()]
    .filter((id) => buildsHere(`chart:${id}`))
    .flatMap((id) => LOCALES.flatMap((locale) => ([1, 2] as const).map((scale) => ({ params: { name: `${id}.${locale}${scale === 2 ? '@2x' : ''}` }, props: { id, locale, scale } }))))
    .filter((p) => wantOutput(`files/charts/${p.params.name}.png`));
}

export const GET: APIRoute = ({ props, site }) => {
  const { id, locale, scale } = props as { id: string; locale: string; scale: 1 | 2 };
  beginOutput(`files/charts/${id}.${locale}${scale === 2 ? '@2x' : ''}.png`, `series:${id}`);
  return new Response(new Uint8Array(chartPng(id, locale, scale, site)), { headers: { 'Content-Type': 'image/png' } });
};
