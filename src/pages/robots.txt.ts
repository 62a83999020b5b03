import type { APIRoute } from 'astro';
import { absolute } from '../lib/url.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\nDisallow: ${absolute('/embed/', site).replace(/^https?:\/\/[^/]+/, '')}\n\nSitemap: ${absolute('/sitemap-index.xml', site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
