import type { APIRoute } from 'astro';
import { LOCALES } from '../../../schemas/index.ts';
import { atlas, buildsHere } from '../../../lib/atlas.ts';
import { beginOutput, wantOutput } from '../../../lib/track.ts';
import { chartPublicationSvg } from '../../../lib/chart-images.ts';

// One publication SVG per chart and language (title, subtitle, chart, caveat, source, credit): /files/charts/<id>.<locale>.svg
export function getStaticPaths() {
  return [...atlas().series.keys()]
    .filter((id) => buildsHere(`chart:${id}`))
    .flatMap((id) => LOCALES.map((locale) => ({ params: { name: `${id}.${locale}` }, props: { id, locale } })))
    .filter((p) => wantOutput(`files/charts/${p.params.name}.svg`));
}

export const GET: APIRoute = ({ props, site }) => {
  const { id, locale } = props as { id: string; locale: string };
  beginOutput(`files/charts/${id}.${locale}.svg`, `series:${id}`);
  return new Response(chartPublicationSvg(id, locale, site), { headers: { 'Content-Type': 'image/svg+xml' } });
};
