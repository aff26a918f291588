// Reading the built site: its files, and the pages' internal links and assets.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { DIST } from './support.ts';

export function distFiles(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? distFiles(path) : [path.slice(DIST.length)];
  });
}

/** Text of a built file; Pagefind's fragments and index are gzipped and split words with zero-width spaces. */
export function builtText(path: string): string {
  const bytes = readFileSync(path);
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  return (gzipped ? gunzipSync(bytes) : bytes).toString('utf8').replaceAll('\u200b', '');
}

/**
 * The files of a build in `dir` (paths relative to it) whose text, search index included,
 * contains `needle`; files whose names match `skip` (images, fonts, wasm) are not read.
 */
export function filesContaining(needle: string, dir = DIST, skip = /\.(png|jpe?g|woff2?|wasm)$/): string[] {
  const root = dir.endsWith('/') ? dir : `${dir}/`;
  const walk = (folder: string): string[] =>
    readdirSync(folder).flatMap((name) => {
      const path = join(folder, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  return walk(root)
    .filter((path) => !skip.test(path))
    .filter((path) => builtText(path).includes(needle))
    .map((path) => path.slice(root.length));
}

export const htmlPages = () => distFiles().filter((file) => file.endsWith('.html'));

/** The URL path a built file answers: "services/X/index.html" → "/services/X/". */
export const urlOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

export interface Reference {
  page: string;
  attribute: string;
  url: string;
}

/** Every same-site href/src/srcset in a page, resolved to an absolute path (with any #fragment). */
export function internalReferences(file: string): Reference[] {
  const tree = fromHtml(readFileSync(join(DIST, file), 'utf8'));
  const page = urlOf(file);
  const found: Reference[] = [];
  visit(tree, 'element', (node) => {
    for (const attribute of ['href', 'src'] as const) {
      const value = node.properties?.[attribute];
      if (typeof value !== 'string' || /^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//')) continue;
      const resolved = new URL(value, `https://site.invalid${page}`);
      found.push({ page, attribute, url: decodeURIComponent(resolved.pathname) + resolved.hash });
    }
  });
  return found;
}

/** The built file a path resolves to, as a static server would find it, or undefined. */
export function fileFor(path: string): string | undefined {
  const clean = decodeURIComponent(path.split('#')[0]!.split('?')[0]!);
  const candidates = clean.endsWith('/') ? [posix.join(clean, 'index.html')] : [clean, posix.join(clean, 'index.html')];
  return candidates.map((candidate) => candidate.replace(/^\//, '')).find((candidate) => existsSync(join(DIST, candidate)) && statSync(join(DIST, candidate)).isFile());
}

/** The ids in a built page, for checking #fragments. */
export function idsIn(file: string): Set<string> {
  const tree = fromHtml(readFileSync(join(DIST, file), 'utf8'));
  const ids = new Set<string>();
  visit(tree, 'element', (node) => {
    const id = node.properties?.id;
    if (typeof id === 'string') ids.add(id);
  });
  return ids;
}
