// Where the installed @sveltia/cms package lies, for the routes that serve its files from this site
// (the leading _ keeps Astro from making this file a page).
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { localFonts, withLocalFonts, type LocalFont } from '../../lib/editor-fonts.ts';

/** The package's folder (it exports only npm/index.js; dist/ and locales/ sit beside npm/). */
export const SVELTIA_DIR = join(dirname(createRequire(import.meta.url).resolve('@sveltia/cms')), '..');

export async function sveltiaVersion(): Promise<string> {
  return (JSON.parse(await readFile(join(SVELTIA_DIR, 'package.json'), 'utf8')) as { version: string }).version;
}

const packagedScript = () => readFile(join(SVELTIA_DIR, 'dist/sveltia-cms.js'), 'utf8');

/** The fonts the editor's script links, each with its file in the package. */
export async function editorFonts(): Promise<LocalFont[]> {
  return localFonts(await packagedScript(), await readdir(join(SVELTIA_DIR, 'npm/assets')));
}

/** The editor's script with its fonts served from this site. */
export async function editorScript(): Promise<string> {
  return withLocalFonts(await packagedScript(), await editorFonts());
}
