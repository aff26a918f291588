// The editor's translations and version check answered by this site (see _editor-files.ts).
import type { APIRoute } from 'astro';
import { JS, selfHostedScript } from './_editor-files.ts';

export const GET: APIRoute = async () => new Response(await selfHostedScript(), { headers: { 'Content-Type': JS } });
