import type { APIRoute, GetStaticPaths } from 'astro';
import { feed } from '../lib/feed.ts';
import { feedPath } from '../routes/table.ts';
import { LOCALES } from '../schemas/index.ts';
import { beginOutput, wantOutput } from '../lib/track.ts';

/** One RSS feed per language, beside its home page: /rss.xml, /en/rss.xml (src/routes/table.ts feedPath). */
export const getStaticPaths = (() =>
  LOCALES.filter((locale) => wantOutput(feedPath(locale).slice(1))).map((locale) => ({ params: { feed: feedPath(locale).slice(1, -'.xml'.length) }, props: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site, props }) => {
  beginOutput(feedPath(props.locale as string).slice(1));
  return new Response(feed(props.locale as string, site), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
