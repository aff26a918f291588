// The site's code index: which pages hold each number of a code (the digits of a 执法证号, 文号,
// 索引号, 编码 or 统一社会信用代码), so that on a large site the search page answers a look-up, or
// says that nothing holds it, from one small file instead of Pagefind, whose exact search on a
// code walks every page holding its common words (示, 防, 2026 …).
//
// The build writes the keys of every page (each run of letters and digits, with a digit, of at
// least MIN_KEY characters, as codeWords splits the text Pagefind indexed) into shards named by
// the hash of them all (shardName), counted in a small manifest; a key held by more than MAX_HOLDERS pages is
// written as "many", and the search page then asks Pagefind. A page listed under every key of a
// code is only a candidate: the page's own text decides (holdsCode), as on Pagefind's path.
import { codeWords } from './search-lookup.ts';

/** The manifest, in the ready answers' folder (search-common/). */
export const CODES_MANIFEST = 'codes.json';
/** Keys this short (区, 12, 03) are on too many pages to narrow anything. */
export const MIN_KEY = 3;
/** Above this many pages a key is written as "many": the fragments to read would outweigh Pagefind. */
export const MAX_HOLDERS = 20;
/** Bytes a shard aims at: a look-up fetches one per key of its code. */
export const SHARD_BYTES = 6000;

/** A key's holders: Pagefind ids in index order, or MANY. */
export const MANY = 0;
export type Holders = string[] | typeof MANY;
export type CodeShard = Record<string, Holders>;

export interface CodesManifest {
  version: 1;
  /** Pages in the index the shards were made from. */
  pages: number;
  /** How many shards there are (see shardOf). */
  shards: number;
  /** Twelve hex digits of the hash of every shard: the start of their names (see shardName). */
  prefix: string;
}

/**
 * A shard's file name in search-common/: the manifest's prefix and the shard's number in four hex
 * digits, sixteen hex digits in all like the ready answers' names, so that the server lets browsers
 * keep it (deploy/nginx.conf) and a rebuild that changes any shard renames them all.
 */
export function shardName(prefix: string, shard: number): string {
  return `${prefix}${shard.toString(16).padStart(4, '0')}.json`;
}

/** Whether a word of codeWords can be a key: letters and digits with a digit in them, long enough to be rare. */
function isKey(word: string): boolean {
  return word.length >= MIN_KEY && /\d/.test(word) && /^[0-9a-z]+$/.test(word);
}

/**
 * The keys of a page's text (as Pagefind indexed it), each once: codeWords' runs of letters and
 * digits (Chinese characters split runs there as any other character does here).
 */
export function pageKeys(content: string): string[] {
  return [...new Set((content.normalize('NFKC').toLowerCase().match(/[0-9a-z]+/g) ?? []).filter(isKey))];
}

/** The keys of a code as the search runs it (codeTokens: words separated by spaces). */
export function codeKeys(tokens: string): string[] {
  return [...new Set(codeWords(tokens).filter(isKey))];
}

/** The shard a key is in: FNV-1a of its UTF-16 code units, so that the build and the page agree. */
export function shardOf(key: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index += 1) hash = Math.imul(hash ^ key.charCodeAt(index), 0x01000193) >>> 0;
  return hash % shards;
}

/** A word of wordString that is not a Chinese character (see phrases.ts). */
const SEPARATOR = 0x0001;

/**
 * The pairs of a phrase (two or more Chinese characters): each two characters in a row, once.
 * A page holding the phrase holds every one of them in its words.
 */
export function phrasePairs(phrase: string): string[] {
  const pairs = new Set<string>();
  for (let at = 0; at + 1 < phrase.length; at += 1) pairs.add(phrase.slice(at, at + 2));
  return [...pairs];
}

/**
 * The shards for pages given in Pagefind's index order, each with its code keys (pageKeys) and,
 * for its phrases, its words (wordString): every two Chinese characters in a row there are a key
 * too. The number of shards is a power of two chosen so that each holds about SHARD_BYTES.
 */
export function codeShards(pages: readonly { id: string; keys: readonly string[]; words?: string }[]): CodeShard[] {
  // Page numbers, at most MAX_HOLDERS + 1 of them (then the key is MANY).
  const holders = new Map<string, number[]>();
  const hold = (key: string, page: number) => {
    const list = holders.get(key);
    if (!list) holders.set(key, [page]);
    else if (list.length <= MAX_HOLDERS && list[list.length - 1] !== page) list.push(page);
  };
  for (const [page, { keys, words }] of pages.entries()) {
    for (const key of keys) hold(key, page);
    if (words === undefined) continue;
    for (let at = 0; at + 1 < words.length; at += 1) {
      if (words.charCodeAt(at) !== SEPARATOR && words.charCodeAt(at + 1) !== SEPARATOR) hold(words.slice(at, at + 2), page);
    }
  }
  const idOf = (page: number) => pages[page]?.id ?? '';
  let bytes = 0;
  for (const [key, list] of holders) bytes += key.length * 3 + 6 + (list.length > MAX_HOLDERS ? 1 : list.reduce((sum, page) => sum + idOf(page).length + 3, 0));
  let count = 1;
  while (count * SHARD_BYTES < bytes && count < 0x10000) count *= 2;
  const shards: CodeShard[] = Array.from({ length: count }, () => ({}));
  for (const [key, list] of holders) (shards[shardOf(key, count)] as CodeShard)[key] = list.length > MAX_HOLDERS ? MANY : list.map(idOf);
  return shards;
}

/**
 * What the index says of a code: `none` when one of its keys is on no page (so no page holds the
 * code), the candidates (pages listed under every key that is not MANY), or `unknown` when the
 * code has no key or every key is MANY (Pagefind is asked). `holdersOf` reads a key's shard.
 */
export async function codeCandidates(keys: readonly string[], holdersOf: (key: string) => Promise<Holders | undefined>): Promise<{ kind: 'none' } | { kind: 'unknown' } | { kind: 'candidates'; ids: string[] }> {
  const lists = await Promise.all(keys.map(holdersOf));
  if (lists.some((list) => list === undefined)) return { kind: 'none' };
  const narrow = lists.filter((list): list is string[] => Array.isArray(list));
  const [first, ...rest] = narrow;
  if (!first) return { kind: 'unknown' };
  const others = rest.map((list) => new Set(list));
  return { kind: 'candidates', ids: first.filter((id) => others.every((set) => set.has(id))) };
}
