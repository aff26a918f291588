import type { APIRoute } from 'astro';
import { getSite } from '../../data/content.ts';
import { editorConfigText } from './_editor-files.ts';

export const GET: APIRoute = async () => new Response(editorConfigText(await getSite()), { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
