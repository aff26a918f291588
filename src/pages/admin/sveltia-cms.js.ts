// The editor's script, served from the site itself (no third-party host), from the npm package.
import type { APIRoute } from 'astro';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const GET: APIRoute = async () => {
  // The package exports only its entry (npm/index.js); the browser build sits beside it in dist/.
  const entry = createRequire(import.meta.url).resolve('@sveltia/cms');
  const script = await readFile(join(dirname(entry), '../dist/sveltia-cms.js'));
  return new Response(script, { headers: { 'Content-Type': 'application/javascript; charset=utf-8' } });
};
