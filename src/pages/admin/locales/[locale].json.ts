// The editor's interface translations (zh-CN for staff, and the others it ships), served from this
// site: Sveltia CMS would fetch them from unpkg.com, which the editor's CSP does not allow
// (self-hosted.js sends its requests here).
import type { APIRoute, GetStaticPaths } from 'astro';
import { editorLocale, editorLocales, JSON_TYPE } from '../_editor-files.ts';

export const getStaticPaths = (async () => (await editorLocales()).map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => new Response(await editorLocale(params.locale!), { headers: { 'Content-Type': JSON_TYPE } });
