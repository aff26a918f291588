// What a search from the address will read, fetched as soon as the page is parsed: the answer's
// list when the query has one (src/lib/search-common/), else the index's small metadata file and
// the index chunks that hold the query's words (src/lib/pagefind-chunks.ts), so that they download
// while Pagefind's code and WebAssembly are still arriving instead of after them. Pagefind fetches
// the same files later and finds them in the browser's cache (the server lets it keep them,
// deploy/nginx.conf). Anything going wrong here only means that the page fetches them itself.
import { chunksFor, decodeCbor, queryTerms } from '../lib/pagefind-chunks.ts';
import { inflate, plainFetch } from './pagefind-inflate.ts';
import { commonList, listedFile, phraseKey } from '../lib/search-common/client.ts';
import { RANKED_SEARCH_LIMIT, fragmentPath } from '../lib/search-common/format.ts';
import { codeCandidateIds, phraseCandidateIds } from '../lib/search-common/codes-client.ts';
import { spellings } from '../lib/search-words.ts';
import { lookupOf } from '../lib/search-lookup.ts';
import { ownIndex, pagefindEntry } from './pagefind-entry.ts';

async function metadata(hash: string): Promise<Uint8Array> {
  return inflate(new Uint8Array(await (await fetch(`/pagefind/pagefind.${hash}.pf_meta`)).arrayBuffer()));
}

/**
 * Pagefind's code and WebAssembly (68 KB), as the page's own links would preload them; only for a
 * search that needs them, so that they never hold up a ready answer on a slow connection. Pagefind
 * names the WebAssembly for the language's stemmer, "unknown" for Chinese, which has none.
 */
function preloadPagefind(): void {
  const code = Object.assign(document.createElement('link'), { rel: 'modulepreload', href: '/pagefind/pagefind.js' });
  const wasm = Object.assign(document.createElement('link'), { rel: 'preload', href: '/pagefind/wasm.unknown.pagefind', as: 'fetch', crossOrigin: 'anonymous' });
  document.head.append(code, wasm);
}

/** The records of the pages an answer from the code index reads, read to the end (an unread body stops downloading). */
function prefetchFragments(ids: readonly string[]): void {
  for (const id of new Set(ids)) void plainFetch(fragmentPath(id)).then((response) => response.arrayBuffer()).catch(() => undefined);
}

/** Starts fetching what a search for `query` (with no filters when `listable`) reads first. */
export async function fetchAhead(query: string, listable: boolean): Promise<void> {
  const key = listable ? phraseKey(query) : null;
  // A code may be answered by the code index on a large site (codes-client.ts): known once the entry is read.
  const code = listable && lookupOf(query) !== null;
  if (!key && !code) preloadPagefind();
  const listed = listedFile(key);
  const own = ownIndex(await pagefindEntry());
  if (!own) {
    if (code) preloadPagefind();
    return;
  }
  if (code) {
    // The shards of the code's keys, and the fragments of the pages they list, as the page reads them.
    const ids = await codeCandidateIds(query, own.page_count).catch(() => null);
    if (ids) {
      prefetchFragments(ids);
      return;
    }
    preloadPagefind();
  }
  // On a large site the metadata (90 KB at 10,000 pages) waits until the manifest says the query
  // has no list; on a small one (a few KB) it comes at once, beside the manifest. A trade-off: a
  // query with a ready answer then fetches those few KB for nothing, but one without it does not
  // wait a round trip for the manifest before asking for the metadata.
  const early = own.page_count > RANKED_SEARCH_LIMIT ? undefined : metadata(own.hash);
  if (await listed) {
    void commonList(key);
    return;
  }
  // On a large site a phrase on a few pages is answered from the code index (rare.ts).
  const rare = key ? await phraseCandidateIds(spellings(key), own.page_count).catch(() => null) : null;
  if (rare) {
    prefetchFragments(rare.flat());
    return;
  }
  if (key) preloadPagefind();
  const bytes = await (early ?? metadata(own.hash));
  const terms = queryTerms(query);
  if (terms.length === 0 || new TextDecoder().decode(bytes.subarray(0, 12)) !== 'pagefind_dcd') return;
  for (const hash of chunksFor(decodeCbor(bytes.subarray(12)), terms)) {
    // Read to the end (an unread body stops downloading), as sent: Pagefind inflates its own copy.
    void plainFetch(`/pagefind/index/${hash}.pf_index`).then((response) => response.arrayBuffer()).catch(() => undefined);
  }
}
