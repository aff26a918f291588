// The index chunks a search from the address will read, fetched as soon as the page is parsed:
// the chunk names come from the index's small metadata file (src/lib/pagefind-chunks.ts), so they
// download while Pagefind's code and WebAssembly are still arriving instead of after them. Pagefind
// fetches the same files later and finds them in the browser's cache (the server lets it keep them,
// deploy/nginx.conf). Anything going wrong here only means that Pagefind fetches them itself.
import { chunksFor, decodeCbor, queryTerms } from '../lib/pagefind-chunks.ts';
import { inflate, plainFetch } from './pagefind-inflate.ts';
import { listedFile, phraseKey } from '../lib/search-common/client.ts';
import { RANKED_SEARCH_LIMIT } from '../lib/search-common/format.ts';

interface Entry {
  languages: Record<string, { hash: string; page_count: number }>;
}

/** Starts fetching the index chunks that hold the words of `query`. */
export async function fetchChunksAhead(query: string): Promise<void> {
  const terms = queryTerms(query);
  if (terms.length === 0) return;
  // The entry is preloaded by the page.
  const entry = (await (await fetch('/pagefind/pagefind-entry.json')).json()) as Entry;
  // The page's language, else the largest index, as Pagefind chooses.
  const own = entry.languages[document.documentElement.lang.toLowerCase()] ?? Object.values(entry.languages).sort((a, b) => b.page_count - a.page_count)[0];
  if (!own) return;
  // A common phrase is shown from its precomputed list, without the index (src/lib/search-common/):
  // on a large site a query that may be one waits for the manifest, so as not to fetch the metadata
  // (90 KB at 10,000 pages) for nothing; any other query fetches the metadata at once.
  const key = own.page_count > RANKED_SEARCH_LIMIT ? phraseKey(query) : null;
  if (key && (await listedFile(key))) return;
  const bytes = await fetch(`/pagefind/pagefind.${own.hash}.pf_meta`).then(async (response) => inflate(new Uint8Array(await response.arrayBuffer())));
  if (new TextDecoder().decode(bytes.subarray(0, 12)) !== 'pagefind_dcd') return;
  for (const hash of chunksFor(decodeCbor(bytes.subarray(12)), terms)) {
    // Read to the end (an unread body stops downloading), as sent: Pagefind inflates its own copy.
    void plainFetch(`/pagefind/index/${hash}.pf_index`).then((response) => response.arrayBuffer()).catch(() => undefined);
  }
}
