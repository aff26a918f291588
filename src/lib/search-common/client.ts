// The search page's look-up of a common phrase's list: the manifest, fetched once, and only on a
// site large enough to have lists. Small and free of the query planner, so that the page's early
// script (pagefind-ahead.ts) can use it too.
import { COMMON_DIR, MANIFEST, RANKED_SEARCH_LIMIT, type CommonManifest, type CommonPhraseFile } from './format.ts';
import { isPhrase } from './phrases.ts';

let pageCount: Promise<number> | undefined;
let manifest: Promise<CommonManifest | null> | undefined;
const files = new Map<string, Promise<CommonPhraseFile | null>>();
const rests = new Map<string, Promise<string[]>>();

async function json<T>(url: string): Promise<T | null> {
  try {
    const response = await fetch(url);
    return response.ok ? ((await response.json()) as T) : null;
  } catch {
    return null;
  }
}

/** Pages in the index, from Pagefind's entry file (preloaded by the search page). */
function indexedPages(): Promise<number> {
  pageCount ??= json<{ languages: Record<string, { page_count: number }> }>('/pagefind/pagefind-entry.json').then((entry) =>
    Object.values(entry?.languages ?? {}).reduce((sum, language) => sum + language.page_count, 0),
  );
  return pageCount;
}

/** A query as typed in the address, as a manifest key (normalised like normaliseQuery), when it may be one. */
export function phraseKey(q: string): string | null {
  const text = q.normalize('NFKC').replace(/\s+/g, ' ').trim();
  return isPhrase(text) ? text : null;
}

/** The name of a phrase's list file, or null when the site has none for it. */
export async function listedFile(phrase: string | null): Promise<string | null> {
  if (!phrase || (await indexedPages()) <= RANKED_SEARCH_LIMIT) return null;
  manifest ??= json<CommonManifest>(`/${COMMON_DIR}/${MANIFEST}`);
  return (await manifest)?.phrases[phrase] ?? null;
}

/** A phrase's list, fetched once; null when the site has none for it. */
export async function commonList(phrase: string | null): Promise<CommonPhraseFile | null> {
  const name = await listedFile(phrase);
  if (!name) return null;
  let file = files.get(name);
  if (!file) files.set(name, (file = json<CommonPhraseFile>(`/${COMMON_DIR}/${name}`)));
  return file;
}

/** The ids of a list's other results, in order (fetched once, for 更多结果). */
export function restIds(name: string): Promise<string[]> {
  let ids = rests.get(name);
  if (!ids) rests.set(name, (ids = json<string[]>(`/${COMMON_DIR}/${name}`).then((list) => list ?? [])));
  return ids;
}
