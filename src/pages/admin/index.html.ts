// /admin/: the browser editor for staff who do not use git. A plain page outside the site layout,
// not indexed and not in the sitemap; the editor reads ./config.yml (see _editor-files.ts).
import type { APIRoute } from 'astro';
import { getSite } from '../../data/content.ts';
import { editorPage } from './_editor-files.ts';

export const GET: APIRoute = async () => new Response(editorPage(await getSite()), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
