// The editor's interface translations (zh-CN for staff, and the others it ships), served from this
// site: Sveltia CMS would fetch them from unpkg.com, which the editor's CSP does not allow
// (self-hosted.js sends its requests here).
import type { APIRoute, GetStaticPaths } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SVELTIA_DIR } from '../_sveltia-package.ts';

export const getStaticPaths = (async () =>
  (await readdir(join(SVELTIA_DIR, 'locales')))
    .filter((file) => file.endsWith('.json'))
    .map((file) => ({ params: { locale: file.slice(0, -'.json'.length) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(await readFile(join(SVELTIA_DIR, 'locales', `${params.locale}.json`)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
