import type { APIRoute } from 'astro';
import { getSite } from '../data/content.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const body = ['User-agent: *', 'Allow: /', 'Disallow: /admin/', '', `Sitemap: ${new URL('/sitemap-index.xml', site.siteUrl).href}`, ''].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
