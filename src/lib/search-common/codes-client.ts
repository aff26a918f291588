// The search page's side of the code index (src/lib/search-codes.ts): on a large site, a look-up
// (执法证号, 文号, 索引号 …) or a rare phrase is answered from the shards of its keys and the
// fragments of the few pages they list, without Pagefind. Small, so that the page's early script
// can use it too.
import { CODES_MANIFEST, codeCandidates, codeKeys, phrasePairs, shardName, shardOf, type CodeShard, type CodesManifest, type Holders } from '../search-codes.ts';
import { codePosition, lookupOf } from '../search-lookup.ts';
import { json } from './client.ts';
import { COMMON_DIR, RANKED_SEARCH_LIMIT, type FragmentData } from './format.ts';

let manifest: Promise<CodesManifest | null> | undefined;
const shards = new Map<string, Promise<CodeShard | null>>();

function codesManifest(): Promise<CodesManifest | null> {
  manifest ??= json<CodesManifest>(`/${COMMON_DIR}/${CODES_MANIFEST}`);
  return manifest;
}

async function holdersOf(key: string): Promise<Holders | undefined> {
  const read = await codesManifest();
  if (!read || !Number.isInteger(read.shards) || read.shards < 1 || !/^[0-9a-f]{12}$/.test(read.prefix)) throw new Error(`无法读取检索码索引（${key}）`);
  const name = shardName(read.prefix, shardOf(key, read.shards));
  let shard = shards.get(name);
  if (!shard) shards.set(name, (shard = json<CodeShard>(`/${COMMON_DIR}/${name}`)));
  const keys = await shard;
  if (!keys) throw new Error(`无法读取检索码索引（${key}）`);
  // Not Object.hasOwn, which phones from before 2022 lack.
  return Object.prototype.hasOwnProperty.call(keys, key) ? keys[key] : undefined;
}

/**
 * The pages that may hold the query as a code, in index order; [] when none can; null when the
 * index cannot tell (not a look-up, a site small enough for Pagefind, every key on many pages, or
 * a file that cannot be read), and the search asks Pagefind.
 */
export async function codeCandidateIds(query: string, pageCount: number): Promise<string[] | null> {
  if (pageCount <= RANKED_SEARCH_LIMIT || !lookupOf(query)) return null;
  const keys = codeKeys(query);
  if (keys.length === 0) return null;
  try {
    const found = await codeCandidates(keys, holdersOf);
    return found.kind === 'none' ? [] : found.kind === 'candidates' ? found.ids : null;
  } catch {
    // A file that cannot be read, or anything else going wrong here: Pagefind answers instead.
    return null;
  }
}

/**
 * For a phrase (two or more Chinese characters) in each of its spellings, the pages that may hold
 * it, in index order (from its pairs of characters); null when the index cannot tell for some
 * spelling (a site small enough for Pagefind, every pair on many pages, a file that cannot be
 * read) or no page can hold it, and the search asks Pagefind.
 */
export async function phraseCandidateIds(forms: readonly string[], pageCount: number): Promise<string[][] | null> {
  if (pageCount <= RANKED_SEARCH_LIMIT || forms.length === 0) return null;
  try {
    const found = await Promise.all(forms.map((form) => codeCandidates(phrasePairs(form), holdersOf)));
    const lists: string[][] = [];
    for (const one of found) {
      if (one.kind === 'unknown') return null;
      lists.push(one.kind === 'none' ? [] : one.ids);
    }
    // No page can hold the phrase as written (a typo, a question): Pagefind's looser search answers.
    return lists.some((list) => list.length > 0) ? lists : null;
  } catch {
    return null;
  }
}

/**
 * The pages holding the code, from the candidates' records: by where each first holds it, ties in
 * index order, as the search orders Pagefind's results for a look-up on a large site (search-run.ts).
 */
export function pagesHoldingCode(tokens: string, candidates: readonly FragmentData[]): FragmentData[] {
  return candidates
    .map((data, order) => ({ data, order, at: codePosition(data.content, tokens) }))
    .filter((page) => page.at >= 0)
    .sort((a, b) => a.at - b.at || a.order - b.order)
    .map((page) => page.data);
}
