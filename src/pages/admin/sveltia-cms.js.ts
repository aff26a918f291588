// The editor's script, served from the site itself (no third-party host), from the npm package,
// with its fonts pointed at ./fonts/ (lib/editor-fonts.ts).
import type { APIRoute } from 'astro';
import { editorScript } from './_sveltia-package.ts';

export const GET: APIRoute = async () =>
  new Response(await editorScript(), { headers: { 'Content-Type': 'application/javascript; charset=utf-8' } });
