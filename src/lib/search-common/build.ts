// The precomputed lists: for each common phrase, the pages that hold it in the order the search
// page gives them (rankByPosition, then rerank of the first page, the same functions the page
// runs on Pagefind's results), the filter counts and the first page ready to show.
import { RANKED_SEARCH_LIMIT, countFilters, planQuery, rankByPosition } from '../search-query.ts';
import { rerank, spellings, type RankRules } from '../search-rank.ts';
import { candidateOf } from '../search-run.ts';
import type { CommonPhraseFile, FragmentData } from './format.ts';
import { chooseCommonPhrases, scanPhrases, wordString, type PhraseChoice } from './phrases.ts';
import { resultView } from './view.ts';

/** Results shown before 更多结果 (and reordered by what they are): the search page's page size. */
export const FIRST_PAGE = 20;

export interface IndexedPage {
  /** Pagefind's id for the page (its fragment's name). */
  id: string;
  data: FragmentData;
  /** wordString of the page's text, when the text itself is not kept (see slimPage). */
  words?: string;
}

/**
 * A page without its text, which a large site cannot keep in memory for every page (about 16 KB
 * each): only its words for matching; the text of the few pages shown first is read again.
 */
export function slimPage(id: string, data: FragmentData): IndexedPage {
  return { id, data: { ...data, content: '' }, words: wordString(data.content) };
}

/**
 * Which phrases get lists made here on a site of this many pages: none up to RANKED_SEARCH_LIMIT
 * (where the search page orders by Pagefind's ranked search, which only Pagefind itself can
 * reproduce: ready.ts); above, phrases on at least a tenth of the pages.
 */
export function phraseChoice(pageCount: number): PhraseChoice | null {
  if (pageCount <= RANKED_SEARCH_LIMIT) return null;
  return { minPages: Math.ceil(pageCount / 10), maxPhrases: 200 };
}

/** A phrase's list: its file (without the name of the rest's file, which depends on where it is written) and the other results' ids. */
export interface CommonPhraseList {
  file: Omit<CommonPhraseFile, 'rest'>;
  rest: string[];
}

/**
 * The lists for a site's pages, given in Pagefind's index order (see page-order.ts), ranked by the
 * site's rules (as its search page has them). `load` gives a page's full record (with its text,
 * for the excerpt) for the pages shown first.
 */
export async function commonPhraseFiles(
  pages: IndexedPage[],
  rules: RankRules,
  choice = phraseChoice(pages.length),
  load: (page: IndexedPage) => Promise<FragmentData> = async (page) => page.data,
): Promise<CommonPhraseList[]> {
  if (!choice) return [];
  const words = pages.map((page) => page.words ?? wordString(page.data.content));
  const phrases = chooseCommonPhrases(
    pages.map((page) => page.data.meta.title ?? ''),
    words,
    choice,
  );
  // Each phrase in every spelling (人防工程, 人民防空工程), as the search page's first search takes
  // it: the pages of the phrase as written, then those of its other spellings not already found.
  const forms = phrases.map((phrase) => spellings(phrase));
  const flat = forms.flat();
  const formHits = flat.map(() => [] as { page: number; at: number }[]);
  scanPhrases(words, flat, (form, page, at) => formHits[form]?.push({ page, at }));
  let next = 0;
  const hits = forms.map((spelled) => {
    const seen = new Set<number>();
    return spelled.flatMap(() => (formHits[next++] ?? []).filter((hit) => !seen.has(hit.page) && Boolean(seen.add(hit.page))));
  });
  const lists: CommonPhraseList[] = [];
  for (const [index, phrase] of phrases.entries()) lists.push(await phraseList(phrase, pages, hits[index] ?? [], load, rules));
  return lists;
}

/**
 * A phrase's list from its hits (pages by their number in `pages`, where the phrase first occurs),
 * given in the order the search finds them: per spelling, in index order. Also the search page's,
 * for a rare phrase whose pages it found in the code index (rare.ts).
 */
export async function phraseList(phrase: string, pages: IndexedPage[], hits: { page: number; at: number }[], load: (page: IndexedPage) => Promise<FragmentData>, rules: RankRules): Promise<CommonPhraseList> {
  const plan = planQuery(phrase);
  const byId = new Map(hits.map((hit) => [pages[hit.page]?.id ?? '', pages[hit.page] as IndexedPage]));
  // In index order, as Pagefind lists the pages of an exact phrase search.
  const ordered = rankByPosition([hits.map((hit) => ({ id: pages[hit.page]?.id ?? '', words: [hit.at] }))]);
  const head = await Promise.all(
    ordered.slice(0, FIRST_PAGE).map(async (id) => {
      const data = await load(byId.get(id) as IndexedPage);
      return { data, ...candidateOf(data) };
    }),
  );
  return {
    file: {
      phrase,
      total: ordered.length,
      counts: countFilters(hits.map((hit) => pages[hit.page]?.data.filters ?? {})),
      first: rerank(head, plan.text, rules).map((candidate) => resultView(candidate.data, plan)),
    },
    rest: ordered.slice(FIRST_PAGE),
  };
}
