// The paths the built site will serve, known before building: list and entry pages from the
// content, static pages from src/pages, files from public/. Dynamic routes that are not entry
// pages (filters, data files) are matched by their pattern.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { entryUrl } from './routes.ts';

const PAGES_DIR = fileURLToPath(new URL('../pages/', import.meta.url));
const PUBLIC_DIR = fileURLToPath(new URL('../../public/', import.meta.url));

function walk(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path).map((file) => `${name}/${file}`) : [name];
  });
}

/** "powers/type/[code].astro" → "/powers/type/[code]/"; "feed.xml.ts" → "/feed.xml". */
export function routeOf(file: string): string {
  const withoutExt = file.replace(/\.(astro|md|ts)$/, '');
  const isEndpoint = file.endsWith('.ts') && /\.[a-z]+$/i.test(withoutExt);
  const path = `/${withoutExt.replace(/(^|\/)index$/, '$1')}`;
  if (isEndpoint) return path;
  return path.endsWith('/') ? path : `${path}/`;
}

export interface SitePaths {
  has(path: string): boolean;
}

/** A list's address and the ids of its entries (from the kind records, passed in by the caller). */
export interface ListPaths {
  url: string;
  ids: readonly string[];
}

export function sitePaths(lists: readonly ListPaths[], pagesDir = PAGES_DIR, publicDir = PUBLIC_DIR): SitePaths {
  const exact = new Set<string>();
  const patterns: RegExp[] = [];
  for (const { url, ids } of lists) {
    exact.add(url);
    for (const id of ids) exact.add(decodeURIComponent(entryUrl(url, id)));
  }
  const listPaths = new Set<string>(lists.map((list) => list.url));
  for (const file of walk(pagesDir)) {
    const route = routeOf(file);
    if (!route.includes('[')) {
      exact.add(route);
      continue;
    }
    // The generic kind pages (src/pages/[...page].astro) build only list and entry pages, all known above.
    if (/^\/\[\.\.\.\w+\]\/$/.test(route)) continue;
    // Entry pages are known one by one above; a pattern would accept codes that do not exist.
    const staticPrefix = route.slice(0, route.indexOf('['));
    if (listPaths.has(staticPrefix) && /^\[\.\.\.\w+\]\/$/.test(route.slice(staticPrefix.length))) continue;
    const source = route
      .replace(/\[\.\.\.\w+\]/g, '\u0000')
      .replace(/\[\w+\]/g, '\u0001')
      .replace(/[.*+?^${}()|\\]/g, '\\$&')
      .replace(/\u0000/g, '.+')
      .replace(/\u0001/g, '[^/]+');
    patterns.push(new RegExp(`^${source}$`));
  }
  for (const file of walk(publicDir)) exact.add(`/${file}`);
  return { has: (path: string) => exact.has(path) || patterns.some((pattern) => pattern.test(path)) };
}
