// Ready answers on a site small enough for Pagefind's ranked search (up to RANKED_SEARCH_LIMIT
// pages): for a phrase of the site's titles, the answer the search page would give, worked out
// at build time by running the page's own search (src/lib/search-run.ts) on the same index in
// Node. A results page opened at such a phrase then shows its first results from one small file,
// without Pagefind's code, WebAssembly and index chunks (about 170 KB before the first result on
// the sample site). Any phrase whose answer the file could not reproduce exactly is left to Pagefind.
import { planQuery } from '../search-query.ts';
import { PAGE_SIZE, placed, runSearch, type Pagefind, type PagefindResult, type SearchIndex } from '../search-run.ts';
import type { RankRules } from '../search-rank.ts';
import type { CommonPhraseList } from './build.ts';
import { commonPhraseOf } from './key.ts';
import type { PhraseChoice } from './phrases.ts';
import { ownExcerpt, resultView } from './view.ts';
import type { FragmentData } from './format.ts';

/**
 * Searches run at build time for the ready answers: at most this many pages searched in all
 * (phrases × pages), about 10 ms a phrase on the sample site, so that a site of 2,000 pages gets
 * its 50 most common phrases and the sample site all of its common ones.
 */
export const READY_BUDGET = 100_000;

/** Which phrases get ready answers on a site of this many pages: those on two pages or more, the most common first, within READY_BUDGET. */
export function readyChoice(pageCount: number): PhraseChoice {
  return { minPages: 2, maxPhrases: Math.floor(READY_BUDGET / Math.max(1, pageCount)) };
}

/**
 * The search page's answer to `phrase`, unfiltered and by relevance, as a list file; null when
 * the page would not answer it from a list (not a phrase), or when its answer is not a plain one
 * (nothing found, a looser search, a look-up) or could not be shown the same from the file.
 * `fragment` reads a page's record by its Pagefind id (as the search page does for a list's rest);
 * `rules` are the ranking rules the search page carries.
 */
export async function readyList(index: SearchIndex, phrase: string, fragment: (id: string) => Promise<FragmentData>, rules: RankRules): Promise<CommonPhraseList | null> {
  const plan = planQuery(phrase);
  if (commonPhraseOf(plan, false, 'relevance') !== phrase) return null;
  // Results' data read from their fragments, as Pagefind gives it but without the excerpt it builds
  // for every result asked (most of the time here); Pagefind's excerpt is asked for only where shown.
  const withExcerpt = new Map<string, PagefindResult['data']>();
  const lean: Pagefind = {
    ...index.pagefind,
    search: async (query, options) => {
      const response = await index.pagefind.search(query, options);
      const results = response.results.map((result) => {
        withExcerpt.set(result.id, result.data);
        return { ...result, data: async () => ({ ...(await fragment(result.id)), excerpt: '' }) };
      });
      return { ...response, results };
    },
  };
  const found = await runSearch({ ...index, pagefind: lean }, plan, { q: phrase, filters: {}, sort: 'relevance' });
  if (found.results.length === 0 || found.relaxed || found.notFound !== undefined || found.lookup) return null;
  const shown = await placed(found.results, plan, rules);
  // The search page shows a list's later results from their fragments alone (resultView without
  // Pagefind's excerpt): the same as Pagefind's only where our excerpt applies.
  const later = shown.slice(PAGE_SIZE);
  if (!(await Promise.all(later.map(async (result) => ownExcerpt(await fragment(result.id), plan) !== null))).every(Boolean)) return null;
  const first = await Promise.all(
    shown.slice(0, PAGE_SIZE).map(async (result) => {
      const data = await fragment(result.id);
      const excerpt = ownExcerpt(data, plan) === null ? (await withExcerpt.get(result.id)?.())?.excerpt : undefined;
      return resultView(data, plan, excerpt);
    }),
  );
  return { file: { phrase, total: shown.length, counts: found.counts, first }, rest: later.map((result) => result.id) };
}
