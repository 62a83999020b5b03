import type { APIRoute } from 'astro';
import { atlas, buildsHere } from '../../lib/atlas.ts';
import { CARD_KINDS, cardPath, cardPng } from '../../lib/cards.ts';
import type { Route } from '../../routes/table.ts';
import { beginOutput, wantOutput } from '../../lib/track.ts';

// A social card (1 200 × 630 PNG) per chart, figure, cluster, province and program page: /og/<page path>.png
export function getStaticPaths() {
  return atlas()
    .routes.filter((r) => CARD_KINDS.includes(r.kind) && buildsHere(r.key) && wantOutput(cardPath(r).slice(1)))
    .map((route) => ({
      params: {
        path: cardPath(route)
          .replace(/^\/og\//, '')
          .replace(/\.png$/, ''),
      },
      props: { route },
    }));
}

export const GET: APIRoute = ({ props }) => {
  const { route } = props as { route: Route };
  beginOutput(cardPath(route).slice(1), `route:${route.key}|${route.locale}`);
  return new Response(new Uint8Array(cardPng(route)), { headers: { 'Content-Type': 'image/png' } });
};
