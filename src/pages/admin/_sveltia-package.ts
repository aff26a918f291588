// Where the installed @sveltia/cms package lies, for the routes that serve its files from this site
// (the leading _ keeps Astro from making this file a page).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The package's folder (it exports only npm/index.js; dist/ and locales/ sit beside npm/). */
export const SVELTIA_DIR = join(dirname(createRequire(import.meta.url).resolve('@sveltia/cms')), '..');

export async function sveltiaVersion(): Promise<string> {
  return (JSON.parse(await readFile(join(SVELTIA_DIR, 'package.json'), 'utf8')) as { version: string }).version;
}
