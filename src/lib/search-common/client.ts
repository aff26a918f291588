// The search page's look-up of a phrase's precomputed list: the manifest, fetched once. Small and
// free of the query planner, so that the page's early script (pagefind-ahead.ts) can use it too.
import { COMMON_DIR, MANIFEST, type CommonManifest, type CommonPhraseFile } from './format.ts';
import { isPhrase } from './phrases.ts';

let manifest: Promise<CommonManifest | null> | undefined;
const files = new Map<string, Promise<CommonPhraseFile | null>>();
const rests = new Map<string, Promise<string[]>>();

/** A JSON file of the site, or null when it cannot be fetched or read (the search then asks Pagefind). */
export async function json<T>(url: string): Promise<T | null> {
  try {
    const response = await fetch(url);
    return response.ok ? ((await response.json()) as T) : null;
  } catch {
    return null;
  }
}

/** A query as typed in the address, as a manifest key (normalised like normaliseQuery), when it may be one. */
export function phraseKey(q: string): string | null {
  const text = q.normalize('NFKC').replace(/\s+/g, ' ').trim();
  return isPhrase(text) ? text : null;
}

/** The manifest of the site's lists, fetched once; null when it cannot be read. */
export function commonManifest(): Promise<CommonManifest | null> {
  manifest ??= json<CommonManifest>(`/${COMMON_DIR}/${MANIFEST}`);
  return manifest;
}

/** The name of a phrase's list file, or null when the site has none for it. */
export async function listedFile(phrase: string | null): Promise<string | null> {
  if (!phrase) return null;
  return (await commonManifest())?.phrases[phrase] ?? null;
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
