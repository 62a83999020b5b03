import type { APIRoute } from 'astro';
import { atlas, buildsHere } from '../../lib/atlas.ts';
import { CARD_KINDS, cardPath, cardPng } from '../../lib/cards.ts';
import type { Route } from '../../routes/table.ts';
import { beginOutput, wantOutput } from '../../lib/track.ts';

// A social card (1 200 × 630 PNG) per chart, figure, cluster, province and program page: /og/<page path>.png.
// Only `astro dev` serves cards from here: a build draws each card with its page and links it into
// the output (lib/cards.ts, images/linked-outputs.ts), 8 000 endpoint calls fewer at 1 000 clusters.
export function getStaticPaths() {
  if (!import.meta.env.DEV) return [];
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
