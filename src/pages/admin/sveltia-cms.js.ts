// The editor's script, served from the site itself (no third-party host), from the npm package.
import type { APIRoute } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SVELTIA_DIR } from './_sveltia-package.ts';

export const GET: APIRoute = async () => {
  const script = await readFile(join(SVELTIA_DIR, 'dist/sveltia-cms.js'));
  return new Response(script, { headers: { 'Content-Type': 'application/javascript; charset=utf-8' } });
};
