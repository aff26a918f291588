// One search as the search page runs it, free of the page: the Pagefind searches a query plan
// asks for, the results kept and their order, and the filter counts. The search page runs it in
// the browser; the build runs the same code on the same index in Node to write ready answers
// (src/lib/search-common/), so that the two can never disagree.
import { RANKED_SEARCH_LIMIT, codeTokens, countFilters, effectiveSort, keepMatching, pagefindFilters, phraseQuery, rankByPosition, tidyText, type FilterParam, type QueryPlan, type SearchState } from './search-query.ts';
import { bigrams, byCoverage, rerank, spellings, type Candidate, type Found, type RankRules } from './search-rank.ts';
import { KIND_META, WEIGHT_META } from './search-page-attributes.ts';
import { codePosition, lookupOf } from './search-lookup.ts';
export { rankRulesFromJson } from './search-rules.ts';

export interface PagefindResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}
export interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data: () => Promise<PagefindResultData>;
}
export type Counts = Record<string, Record<string, number>>;
export interface PagefindResponse {
  results: PagefindResult[];
  filters: Counts;
}
export interface PagefindOptions {
  filters?: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
}
/** What the search needs of Pagefind's JavaScript API (pagefind.js, in the browser or in Node). */
export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (query: string | null, options?: PagefindOptions) => Promise<PagefindResponse>;
  preload: (query: string, options?: PagefindOptions) => Promise<void>;
  filters: () => Promise<Counts>;
}

// Pagefind's options, in a tiny module that the home page's inlined warm-up script shares.
export { PAGEFIND_OPTIONS } from './search-common/pagefind-options.ts';

/** Results per page, and the first results reordered by what they are (see placed). */
export const PAGE_SIZE = 20;
/**
 * Up to this many results (the first page, whose data is loaded anyway), counts are taken from
 * the results themselves when they come from more than one search; above it, from the
 * narrowest of those searches, which may count a few pages that another then leaves out.
 */
export const COUNT_FROM_RESULTS_LIMIT = PAGE_SIZE;
export interface Outcome {
  results: PagefindResult[];
  counts: Counts;
  /** The looser phrases were used: no page has the query's characters together as typed. */
  relaxed: boolean;
  /** For a number or code that no page has: the message saying so. */
  notFound?: string;
  /** Found as a code or 文号: the page that has it comes first, whatever its kind. */
  lookup?: boolean;
}

/** Results' data, fetched once: ranking and rendering both read it. */
const dataCache = new WeakMap<PagefindResult, Promise<PagefindResultData>>();
export function dataOf(result: PagefindResult): Promise<PagefindResultData> {
  let data = dataCache.get(result);
  if (!data) dataCache.set(result, (data = result.data()));
  return data;
}

/** How many of the first results are reordered by what they are (their data is loaded for the first page anyway). */
const RERANK_LIMIT = PAGE_SIZE;

/**
 * One search, with counts per filter value. In order: a code or 文号 looked up whole; a query
 * without phrases left to Pagefind's ranking; otherwise every phrase looked up exactly (the
 * letters and digits of the query required as well), in the order of Pagefind's ranking.
 */
/** The index searched: Pagefind, and how many pages it holds (which decides how results are ordered). */
export interface SearchIndex {
  pagefind: Pagefind;
  pageCount: number;
}

export async function runSearch({ pagefind, pageCount }: SearchIndex, plan: QueryPlan, state: SearchState, without?: FilterParam): Promise<Outcome> {
  const filters = pagefindFilters(state, without);
  const byDate = effectiveSort(state) === 'date';
  const sort = byDate ? { sort: { date: 'desc' as const } } : {};
  const search = (query: string | null, options: PagefindOptions): Promise<PagefindResponse> => pagefind.search(query, options);
  if (!plan.ranked) {
    const browse = await search(null, { filters, ...sort });
    return { results: browse.results, counts: browse.filters, relaxed: false };
  }
  // Relevance comes from Pagefind's ranked search (headings and titles weigh more) on sites where
  // it is quick, else from where the phrases occur; the exact searches decide which pages
  // qualify. Sorted by date, the first exact search gives the order.
  const large = pageCount > RANKED_SEARCH_LIMIT;
  // A number or code names one page or none: only pages holding it whole, never a longer number
  // or a postcode that shares its digits.
  const lookup = lookupOf(plan.text);
  const ranked = byDate || (large && (plan.phrases.length > 0 || lookup)) ? undefined : await search(plan.ranked, { filters });
  const ordered = (responses: PagefindResponse[], by = ranked): PagefindResult[] => {
    const byId = new Map(responses.flatMap((response) => response.results).map((result) => [result.id, result]));
    const ids = (list: PagefindResponse) => list.results.map((result) => result.id);
    const [first, ...rest] = responses;
    const kept = by
      ? keepMatching(ids(by), responses.map(ids))
      : byDate
        ? first ? keepMatching(ids(first), rest.map(ids)) : []
        : rankByPosition(responses.map((response) => response.results));
    return kept.map((id) => byId.get(id)).filter((result): result is PagefindResult => Boolean(result));
  };
  if (lookup) {
    const tokens = codeTokens(plan.text);
    const found = await search(`"${tokens}"`, { filters, ...sort });
    const at = await Promise.all(found.results.slice(0, RERANK_LIMIT).map(async (result) => codePosition((await dataOf(result)).content, tokens)));
    const held = (result: PagefindResult) => (at[found.results.indexOf(result)] ?? 0) >= 0;
    // On a large site, by where the page first holds the code (ties in index order, as Pagefind
    // lists an exact search's pages), as the code index orders them (search-codes.ts).
    const byPlace = (a: PagefindResult, b: PagefindResult) => (at[found.results.indexOf(a)] ?? Infinity) - (at[found.results.indexOf(b)] ?? Infinity) || found.results.indexOf(a) - found.results.indexOf(b);
    const results = large && !byDate ? found.results.filter(held).sort(byPlace) : ordered([found]).filter(held);
    return results.length > 0 ? { results, counts: found.filters, relaxed: false, lookup: true } : { results: [], counts: {}, relaxed: false, notFound: lookup.notFound };
  }
  if (plan.exact) {
    const exact = await search(plan.exact, { filters, ...sort });
    if (exact.results.length > 0) return { results: ordered([exact]), counts: exact.filters, relaxed: false, lookup: true };
  }
  if (plan.phrases.length === 0) {
    // Sorted by date, an exact search, like the phrase searches: relevance does not matter then.
    const only = ranked ?? (await search(`"${codeTokens(plan.text)}"`, { filters, ...sort }));
    return { results: only.results, counts: only.filters, relaxed: false };
  }
  const alnum = plan.alnum ? await search(plan.alnum, { filters }) : undefined;
  const alnumIds = alnum && new Set(alnum.results.map((result) => result.id));
  // One search per requirement; a requirement with several spellings finds the pages of any.
  const either = async (alternatives: string[]): Promise<PagefindResponse> => {
    const responses = await Promise.all(alternatives.map((phrase) => search(phrase, { filters, ...sort })));
    if (responses.length === 1 && responses[0]) return responses[0];
    const seen = new Set<string>();
    const results = responses.flatMap((response) => response.results).filter((result) => !seen.has(result.id) && Boolean(seen.add(result.id)));
    // Counts of either spelling added up: an upper bound (a page may hold both), as counts from several searches are.
    const merged = { results, filters: sumCounts(responses.map((response) => response.filters)) };
    MERGED.add(merged);
    return merged;
  };
  const attempts = [plan.spelled, ...plan.fallbacks];
  for (const [attempt, requirements] of attempts.entries()) {
    const found = await Promise.all(requirements.map(either));
    // Ranked on what the looser search asks for: the question words would rank (and, as Pagefind
    // requires every word, keep) only pages that happen to hold them.
    const by = attempt === 0 || !ranked ? ranked : await search(plan.pieces.join(' ').replace(/(\p{Script=Han})(?=\p{Script=Han})/gu, '$1 '), { filters });
    const results = ordered(found, by).filter((result) => !alnumIds || alnumIds.has(result.id));
    if (results.length === 0) continue;
    return { results, counts: await countsFor([...found, ...(alnum ? [alnum] : [])], results), relaxed: attempt > 0 };
  }
  // A question no page holds as written, even without its question words: pages ordered by how
  // much of it they hold, whole or in two-character pieces.
  if (plan.pieces.length === 0) return { results: [], counts: {}, relaxed: false };
  // Each spelling of a piece (人防, 人民防空) is a piece of its own; a page counts by its best.
  const searched = await Promise.all(
    plan.pieces.map(async (piece) =>
      Promise.all(
        spellings(piece).map(async (spelling) => ({
          whole: await search(phraseQuery(spelling), { filters, ...sort }),
          pairs: await Promise.all(bigrams(spelling).map((pair) => search(phraseQuery(pair), { filters, ...sort }))),
        })),
      ),
    ),
  );
  const all = searched.flat().flatMap((piece) => [piece.whole, ...piece.pairs]);
  const byId = new Map(all.flatMap((response) => response.results).map((result) => [result.id, result]));
  const where = (response: PagefindResponse): Found => new Map(response.results.map((result) => [result.id, Math.min(...result.words)]));
  const covered = byCoverage([...byId.keys()], searched.map((forms) => forms.map((piece) => ({ whole: where(piece.whole), pairs: piece.pairs.map(where) }))));
  const results = covered.map((id) => byId.get(id)).filter((result): result is PagefindResult => Boolean(result));
  return { results, counts: await countsFor(all, results), relaxed: results.length > 0 };
}

/** A page as ranking sees it, from its Pagefind record (its kind, or its own weight, are metadata: see BaseLayout). */
export function candidateOf(data: Pick<PagefindResultData, 'url' | 'meta' | 'filters'>): Candidate {
  const weight = data.meta[WEIGHT_META];
  return {
    url: data.url,
    title: tidyText(data.meta.title ?? ''),
    kind: data.meta['类别'],
    filters: data.filters,
    ...(data.meta[KIND_META] !== undefined && { kindKey: data.meta[KIND_META] }),
    ...(weight !== undefined && { weight: Number(weight) }),
  };
}

/** The first results in the order of what the visitor came for (see search-rank.ts), by the site's rules. */
export async function placed(results: PagefindResult[], plan: QueryPlan, rules: RankRules): Promise<PagefindResult[]> {
  if (!plan.ranked || results.length < 2) return results;
  const head = results.slice(0, RERANK_LIMIT);
  const candidates = await Promise.all(head.map(async (result) => ({ result, ...candidateOf(await dataOf(result)) })));
  return [...rerank(candidates, plan.text, rules).map((candidate) => candidate.result), ...results.slice(RERANK_LIMIT)];
}

/** Responses made of several searches (one per spelling), whose counts are not exact. */
const MERGED = new WeakSet<PagefindResponse>();

function sumCounts(all: Counts[]): Counts {
  const sum: Counts = {};
  for (const counts of all) {
    for (const [name, values] of Object.entries(counts)) {
      const into = (sum[name] ??= {});
      for (const [value, count] of Object.entries(values)) into[value] = (into[value] ?? 0) + count;
    }
  }
  return sum;
}

/** Filter counts for the results shown: exact from one search or from the results themselves, else an upper bound. */
async function countsFor(searches: PagefindResponse[], results: PagefindResult[]): Promise<Counts> {
  const [only] = searches;
  if (searches.length === 1 && only && !MERGED.has(only)) return only.filters;
  if (results.length <= COUNT_FROM_RESULTS_LIMIT) return countFilters(await Promise.all(results.map(async (result) => (await result.data()).filters)));
  const narrowest = [...searches].sort((a, b) => a.results.length - b.results.length)[0];
  return narrowest?.filters ?? {};
}
