// The editor's fonts (text faces and icons), from the @sveltia/cms package itself (lib/editor-fonts.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { editorFonts } from '../_sveltia-package.ts';
import { fontFile } from '../_editor-files.ts';

export const getStaticPaths = (async () =>
  (await editorFonts()).map((font) => ({ params: { font: font.name.slice(0, -'.woff2'.length) }, props: { asset: font.asset } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => new Response(await fontFile((props as { asset: string }).asset), { headers: { 'Content-Type': 'font/woff2' } });
