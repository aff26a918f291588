// Pagefind's own search bundle (pagefind.js and its WebAssembly) from a built site, run in Node:
// the build's ready answers and the bench's recall check search the index exactly as a browser
// would. Pagefind fetches its files; here fetch reads them from the site's folder.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Pagefind } from '../../src/lib/search-run.ts';

/** An origin no real request goes to: only Pagefind's own requests carry it. */
const ORIGIN = 'http://pagefind.invalid';

export interface NodePagefind extends Pagefind {
  /** Frees the instance (its WebAssembly memory and loaded chunks). */
  destroy: () => Promise<void>;
}

interface Bundle {
  createInstance: (options: Record<string, unknown>) => NodePagefind & { init: () => Promise<void> };
}

let routed: Map<string, string> | undefined;

/** Lets fetch read `${ORIGIN}/<name>/…` from the folder; any other request goes out as before. */
function route(name: string, dist: string): void {
  if (!routed) {
    const folders = (routed = new Map());
    const outside = globalThis.fetch;
    globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      const [, first, ...rest] = url.pathname.split('/');
      const dir = url.origin === ORIGIN && first ? folders.get(first) : undefined;
      if (dir === undefined) return outside(input, init);
      try {
        return new Response(await readFile(join(dir, ...rest.map(decodeURIComponent))));
      } catch {
        return new Response(null, { status: 404 });
      }
    }) as typeof fetch;
  }
  routed.set(name, dist);
}

let loaded = 0;

/**
 * A maker of Pagefind instances for the site in `dist` (after its index is written), each with
 * the given options and initialised. Pagefind's scores depend on the index chunks an instance has
 * loaded, so a search that must score as a visitor's first search on a page gets an instance of its
 * own. Instances of one maker share one copy of Pagefind's WebAssembly: use them one at a time
 * (destroy each before the next), and a maker per task to search at once.
 */
export async function pagefindOf(dist: string): Promise<(options: Record<string, unknown>) => Promise<NodePagefind>> {
  // A name, and so a loaded copy, of its own per call.
  const name = `site-${(loaded += 1)}`;
  route(name, dist);
  const bundle = pathToFileURL(join(dist, 'pagefind/pagefind.js'));
  bundle.searchParams.set('copy', name);
  const { createInstance } = (await import(bundle.href)) as Bundle;
  return async (options) => {
    // Result addresses as in the browser (Pagefind would otherwise derive them from basePath).
    const pagefind = createInstance({ ...options, noWorker: true, basePath: `${ORIGIN}/${name}/pagefind/`, baseUrl: '/' });
    await pagefind.init();
    return pagefind;
  };
}
