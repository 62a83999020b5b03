import type { APIRoute } from 'astro';
import { datapackage } from '../lib/datapackage.ts';

export const GET: APIRoute = ({ site }) => new Response(`${JSON.stringify(datapackage(site), null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
