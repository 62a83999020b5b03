import type { APIRoute } from 'astro';
import { buildsHere } from '../lib/atlas.ts';
import { datapackage } from '../lib/datapackage.ts';
import { beginOutput, wantOutput } from '../lib/track.ts';

/**
 * /datapackage.json, the Frictionless Data Package. A route with a parameter for one file, so that
 * getStaticPaths can leave it out: a static route is rendered by every Astro process, and at 10 000
 * clusters with charts it took each of the ten shards of a full build, and every incremental build,
 * 1.4-2.5 s (21 MB of JSON). Now one shard makes it, and an incremental build only when what it read changed.
 */
const OUTPUT = 'datapackage.json';

export const getStaticPaths = () => (buildsHere('datapackage') && wantOutput(OUTPUT) ? [{ params: { package: 'datapackage' } }] : []);

export const GET: APIRoute = ({ site }) => {
  beginOutput(OUTPUT);
  return new Response(`${JSON.stringify(datapackage(site), null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
