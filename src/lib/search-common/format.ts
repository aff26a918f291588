// Precomputed results for phrases: what the build writes and the search page reads.
//
// The build knows some answers in advance, and writes for each the ordered result list, the filter
// counts and the first page of results ready to show, in one small file per phrase, listed in a
// manifest. Everything else is searched with Pagefind as before.
// - On a large site a phrase found on thousands of pages costs Pagefind up to a second of the
//   browser's time on every search (it walks every matching page): lists for the phrases of its
//   titles that match many pages (build.ts).
// - On a smaller one, the first search from a phone waits for Pagefind's code, WebAssembly and
//   index chunks (about 170 KB): ready answers for the phrases of its titles (ready.ts).

/**
 * Above this many indexed pages, the search page orders results by where the phrase occurs
 * (rankByPosition) rather than by Pagefind's ranked search, which is slow for common phrases
 * there; the build's lists follow the same split (see above).
 */
export const RANKED_SEARCH_LIMIT = 2000;

/** Folder of the site (beside pagefind/) holding the manifest and one file per phrase. */
export const COMMON_DIR = 'search-common';
export const MANIFEST = 'manifest.json';

/** One result as the search page shows it. */
export interface ResultView {
  url: string;
  title: string;
  /** 类别 badge (栏目 for list pages). */
  kind?: string;
  /** 有效性 of a document (有效, 已废止, 已修改 …). */
  validity?: string;
  date?: string;
  /** Escaped page text with <mark> elements around the query's words. */
  excerpt: string;
}

export interface CommonManifest {
  version: 1;
  /** Pages in the index the lists were computed from. */
  pages: number;
  /** Phrase → file name in COMMON_DIR. */
  phrases: Record<string, string>;
}

export interface CommonPhraseFile {
  phrase: string;
  /** Every page holding the phrase. */
  total: number;
  /** Results per filter value, as Pagefind counts them for the same search. */
  counts: Record<string, Record<string, number>>;
  /** The first results, in the order the search page gives them, ready to show. */
  first: ResultView[];
  /**
   * File in COMMON_DIR holding the Pagefind ids of the other results, in order (a JSON array,
   * fetched with their fragments for 更多结果); null when the first results are all. Kept apart so
   * that a first search fetches a few KB whatever the size of the site.
   */
  rest: string | null;
}

/** A page's record as Pagefind stores it in a fragment (and returns it from result.data()). */
export interface FragmentData {
  url: string;
  /** The indexed text, Pagefind's words joined by U+200B. */
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

/** The marker Pagefind 1.x puts before every decompressed file. */
const SIGNATURE = 'pagefind_dcd';

/** A fragment's record from its decompressed text; a clear error for anything else. */
export function parseFragment(text: string, name = 'fragment'): FragmentData {
  if (!text.startsWith(SIGNATURE)) throw new Error(`${name}：不是 Pagefind 片段文件（缺少 ${SIGNATURE} 标记）`);
  let data: Partial<FragmentData>;
  try {
    data = JSON.parse(text.slice(SIGNATURE.length)) as Partial<FragmentData>;
  } catch (error) {
    throw new Error(`${name}：Pagefind 片段不是完整的 JSON（${error instanceof Error ? error.message : String(error)}）`);
  }
  if (typeof data.url !== 'string' || typeof data.content !== 'string') throw new Error(`${name}：Pagefind 片段缺少 url 或 content`);
  return { url: data.url, content: data.content, meta: data.meta ?? {}, filters: data.filters ?? {} };
}

/** Where a fragment is served: Pagefind 1.x's bundle layout. */
export function fragmentPath(id: string): string {
  return `/pagefind/fragment/${id}.pf_fragment`;
}
