import type { APIRoute } from 'astro';
import { feed } from '../lib/feed.ts';

export const GET: APIRoute = ({ site }) => new Response(feed('id', site), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
