// The search page in the browser: reads the state from the address, asks Pagefind, renders
// results and filter counts, and keeps the address in step (pushState, popstate).
import {
  FILTERS, RANKED_SEARCH_LIMIT, codeTokens, countFilters, phraseQuery, effectiveSort, keepMatching, pagefindFilters, planQuery, rankByPosition, readState, tidyText,
  writeState, type FilterParam, type QueryPlan, type SearchState,
} from '../lib/search-query.ts';
import { LIST_BADGE, bigrams, byCoverage, holdsCode, lookupOf, rerank, spellings, type Found } from '../lib/search-rank.ts';
import { commonList, phraseKey, restIds } from '../lib/search-common/client.ts';
import { fragmentPath, parseFragment, type ResultView } from '../lib/search-common/format.ts';
import { commonPhraseOf } from '../lib/search-common/key.ts';
import { resultView } from '../lib/search-common/view.ts';

interface PagefindResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}
interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data: () => Promise<PagefindResultData>;
}
type Counts = Record<string, Record<string, number>>;
interface PagefindResponse {
  results: PagefindResult[];
  filters: Counts;
}
interface PagefindOptions {
  filters?: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (query: string | null, options?: PagefindOptions) => Promise<PagefindResponse>;
  preload: (query: string, options?: PagefindOptions) => Promise<void>;
  filters: () => Promise<Counts>;
}

const PAGE_SIZE = 20;
/** One collator for the filter values (localeCompare would build one per comparison, milliseconds each). */
const CHINESE_ORDER = new Intl.Collator('zh-CN');
/** Results built per task when a page of them is shown (each builds an excerpt from the page's text). */
const RENDER_BATCH = 5;
/**
 * Up to this many results (the first page, whose data is loaded anyway), counts are taken from
 * the results themselves when they come from more than one search; above it, from the
 * narrowest of those searches, which may count a few pages that another then leaves out.
 */
const COUNT_FROM_RESULTS_LIMIT = PAGE_SIZE;

let pageCount = 0;
let pagefindPromise: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefindPromise ??= (async () => {
    const path = '/pagefind/pagefind.js';
    // The entry (preloaded by the page) names the index's metadata file: fetched at once, while
    // Pagefind still asks for its own copy of the entry, so that the two no longer come one
    // after the other on a slow connection (the second request is answered from the cache).
    const entryLoaded = fetch('/pagefind/pagefind-entry.json').then(async (response) => {
      const entry = (await response.json()) as { languages: Record<string, { hash: string; page_count: number }> };
      const own = entry.languages[document.documentElement.lang.toLowerCase()];
      if (own) void fetch(`/pagefind/pagefind.${own.hash}.pf_meta`).catch(() => undefined);
      return entry;
    });
    const pagefind = (await import(/* @vite-ignore */ path)) as Pagefind;
    // No web worker: it would download Pagefind's code a second time, and searches are short.
    // The date and kind are metadata for display, not for ranking.
    await pagefind.options({ noWorker: true, excerptLength: 40, ranking: { metaWeights: { date: 0, 类别: 0 } } });
    // Pagefind's ranked search takes time in proportion to the matching pages times their
    // matching words: cheap on a site of a few thousand pages, slow when a common phrase matches
    // thousands of them. Above that size, results are ordered by where the phrase occurs.
    const entry = await entryLoaded;
    pageCount = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    return pagefind;
  })();
  return pagefindPromise;
}

/** A page of a list beyond its first results, read from its Pagefind fragment (gzipped, or already inflated by pagefind-inflate.ts). */
async function loadFragment(id: string): Promise<Parameters<typeof resultView>[0]> {
  const response = await fetch(fragmentPath(id));
  let bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    bytes = new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
  }
  return parseFragment(new TextDecoder().decode(bytes), id);
}

/** A result to show: found by Pagefind, ready from a list, or a list's page known by its id. */
type Shown = PagefindResult | { view: ResultView } | { rest: string; index: number };

/**
 * Lets the browser paint and answer taps between steps of a search, so that no single task
 * holds a slow phone's main thread for long (scheduler.yield where there is one).
 */
function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

interface Outcome {
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
function dataOf(result: PagefindResult): Promise<PagefindResultData> {
  let data = dataCache.get(result);
  if (!data) dataCache.set(result, (data = result.data()));
  return data;
}

/** How many of the first results are reordered by what they are (their data is loaded for the first page anyway). */
const RERANK_LIMIT = 20;

/**
 * One search, with counts per filter value. In order: a code or 文号 looked up whole; a query
 * without phrases left to Pagefind's ranking; otherwise every phrase looked up exactly (the
 * letters and digits of the query required as well), in the order of Pagefind's ranking.
 */
async function runSearch(pagefind: Pagefind, plan: QueryPlan, state: SearchState, without?: FilterParam): Promise<Outcome> {
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
  const ranked = byDate || (pageCount > RANKED_SEARCH_LIMIT && plan.phrases.length > 0) ? undefined : await search(plan.ranked, { filters });
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
  // A number or code names one page or none: only pages holding it whole, never a longer number
  // or a postcode that shares its digits.
  const lookup = lookupOf(plan.text);
  if (lookup) {
    const tokens = codeTokens(plan.text);
    const found = await search(`"${tokens}"`, { filters, ...sort });
    const held = await Promise.all(found.results.slice(0, RERANK_LIMIT).map(async (result) => holdsCode((await dataOf(result)).content, tokens)));
    const results = ordered([found]).filter((result) => held[found.results.indexOf(result)] ?? true);
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
    return { results, filters: responses[0]?.filters ?? {} };
  };
  const attempts = [plan.phrases.map((phrase) => [phrase]), ...plan.fallbacks];
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

/** The first results in the order of what the visitor came for (see search-rank.ts). */
async function placed(results: PagefindResult[], plan: QueryPlan): Promise<PagefindResult[]> {
  if (!plan.ranked || results.length < 2) return results;
  const head = results.slice(0, RERANK_LIMIT);
  const candidates = await Promise.all(
    head.map(async (result) => {
      const data = await dataOf(result);
      return { result, url: data.url, title: tidyText(data.meta.title ?? ''), kind: data.meta['类别'], filters: data.filters };
    }),
  );
  return [...rerank(candidates, plan.text).map((candidate) => candidate.result), ...results.slice(RERANK_LIMIT)];
}

/** Filter counts for the results shown: exact from one search or from the results themselves, else an upper bound. */
async function countsFor(searches: PagefindResponse[], results: PagefindResult[]): Promise<Counts> {
  const [only] = searches;
  if (searches.length === 1 && only) return only.filters;
  if (results.length <= COUNT_FROM_RESULTS_LIMIT) return countFilters(await Promise.all(results.map(async (result) => (await result.data()).filters)));
  const narrowest = [...searches].sort((a, b) => a.results.length - b.results.length)[0];
  return narrowest?.filters ?? {};
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

async function viewOf(plan: QueryPlan, item: Shown): Promise<ResultView> {
  if ('view' in item) return item.view;
  if ('rest' in item) return resultView(await loadFragment((await restIds(item.rest))[item.index] ?? ''), plan);
  const data = await dataOf(item);
  return resultView(data, plan, data.excerpt);
}

function renderView(view: ResultView): HTMLLIElement {
  const info = element('p', { className: 'info' });
  if (view.kind) info.append(element('span', { className: 'badge' }, view.kind === LIST_BADGE ? '栏目页' : view.kind));
  // A document's validity, so that a repealed or revised one is never taken for the one in force.
  if (view.validity) info.append(element('span', { className: view.validity === '有效' ? 'validity' : 'validity validity-not' }, view.validity === '有效' ? '现行有效' : view.validity));
  if (view.date) info.append(element('time', { dateTime: view.date }, `发布日期 ${view.date}`));
  const excerpt = element('p', { className: 'excerpt' });
  // Escaped page text with only <mark> elements added (ours marks the query's words, Pagefind's
  // single characters wherever they occur), so safe as HTML.
  excerpt.innerHTML = view.excerpt;
  return element('li', {}, element('h2', {}, element('a', { href: view.url }, view.title)), info, excerpt);
}

export function startSearchPage(): void {
  // Pagefind's entry, metadata and WebAssembly are asked for before anything else: planning a
  // query first loads the browser's Chinese word list, a long task on a phone, and the requests
  // would wait behind it. A common phrase's list is asked for instead when the address may be one
  // (a run of Chinese characters, unfiltered, by relevance: see commonPhraseOf), and Pagefind
  // only if it is not.
  const opened = readState(location.search);
  const unfiltered = Object.keys(opened.filters).length === 0 && opened.sort === 'relevance';
  void commonList(unfiltered ? phraseKey(opened.q) : null).then((common) => (common ? undefined : loadPagefind())).catch(() => undefined);
  const form = document.getElementById('search-form') as HTMLFormElement;
  const input = document.getElementById('search-q') as HTMLInputElement;
  const options = document.getElementById('search-options') as HTMLDetailsElement;
  const active = document.getElementById('search-active') as HTMLElement;
  const sortSelect = document.getElementById('search-sort') as HTMLSelectElement;
  const status = document.getElementById('search-status') as HTMLElement;
  const empty = document.getElementById('search-empty') as HTMLElement;
  const list = document.getElementById('search-results') as HTMLOListElement;
  const more = document.getElementById('search-more') as HTMLButtonElement;
  const page = document.getElementById('search-page') as HTMLElement;
  const selects = new Map(FILTERS.map((filter) => [filter.param, document.getElementById(`search-${filter.param}`) as HTMLSelectElement]));
  let shown: Shown[] = [];
  let shownPlan: QueryPlan = planQuery('');
  let rendered = 0;
  let generation = 0;
  let allValues: Counts = {};

  function formState(): SearchState {
    const filters: SearchState['filters'] = {};
    for (const [param, select] of selects) if (select.value) filters[param] = select.value;
    return { q: input.value, filters, sort: sortSelect.value === 'date' ? 'date' : 'relevance' };
  }

  function showState(state: SearchState): void {
    input.value = state.q;
    for (const [param, select] of selects) {
      const value = state.filters[param] ?? '';
      // A value from a shared address that this site has no pages for still shows as chosen.
      if (value && ![...select.options].some((option) => option.value === value)) select.append(new Option(value, value));
      select.value = value;
    }
    sortSelect.value = state.sort;
    // On a phone the filters stay folded unless some are in use; the summary says which.
    const chosen = FILTERS.flatMap(({ param }) => state.filters[param] ?? []);
    active.textContent = chosen.length > 0 ? `（${chosen.join('、')}）` : '';
    if (chosen.length > 0 || matchMedia('(min-width: 40rem)').matches) options.open = true;
  }

  function fillOptions(state: SearchState, counts: Counts, values: Counts = allValues): void {
    for (const { param, name } of FILTERS) {
      const select = selects.get(param);
      if (!select) continue;
      const chosen = state.filters[param] ?? '';
      const offered = Object.keys(values[name] ?? {}).sort((a, b) => CHINESE_ORDER.compare(b, a) * (name === '年度' ? 1 : -1));
      if (chosen && !offered.includes(chosen)) offered.push(chosen);
      const optionsFor = offered
        .map((value) => ({ value, count: counts[name]?.[value] ?? 0 }))
        .filter(({ value, count }) => count > 0 || value === chosen)
        .map(({ value, count }) => new Option(`${value}（${count}）`, value, false, value === chosen));
      select.replaceChildren(new Option('全部', '', false, !chosen), ...optionsFor);
    }
  }

  /** The next page of results, a few at a time with a pause between (see yieldToMain). */
  async function renderMore(mine: number): Promise<void> {
    const next = shown.slice(rendered, rendered + PAGE_SIZE);
    for (let start = 0; start < next.length; start += RENDER_BATCH) {
      const items = (await Promise.all(next.slice(start, start + RENDER_BATCH).map((item) => viewOf(shownPlan, item)))).map(renderView);
      if (mine !== generation) return;
      list.append(...items);
      if (start + RENDER_BATCH < next.length) await yieldToMain();
      if (mine !== generation) return;
    }
    rendered += next.length;
    more.hidden = rendered >= shown.length;
  }

  /** The outcome is on screen: the room kept for it and the hidden column list are released. */
  function settle(): void {
    page.classList.remove('searching');
  }

  async function run(state: SearchState): Promise<void> {
    const mine = ++generation;
    const plan = planQuery(state.q);
    const hasFilters = Object.keys(pagefindFilters(state)).length > 0;
    if (!plan.ranked && !hasFilters) {
      list.replaceChildren();
      status.textContent = '';
      empty.hidden = true;
      more.hidden = true;
      settle();
      const pagefind = await loadPagefind();
      allValues = await pagefind.filters();
      if (mine === generation) fillOptions(state, allValues);
      return;
    }
    status.textContent = '正在搜索…';
    page.classList.add('searching');
    const common = await commonList(commonPhraseOf(plan, hasFilters, effectiveSort(state)));
    if (mine !== generation) return;
    let outcome: Pick<Outcome, 'relaxed' | 'notFound'> = { relaxed: false };
    // A common phrase's list is complete and ordered: shown without Pagefind (see commonList).
    if (common) {
      // No filter is chosen, so every value the options offer has a count here.
      fillOptions(state, common.counts, common.counts);
      const { rest } = common;
      const others = rest ? Array.from({ length: common.total - common.first.length }, (_, index) => ({ rest, index })) : [];
      shown = [...common.first.map((view) => ({ view })), ...others];
    } else {
      const pagefind = await loadPagefind();
      await yieldToMain();
      // The query's index chunks and the filter chunks (for the counts) at once, not one after the
      // other; the index chunks asked for first, as on HTTP/1.1 the first requests get the connections.
      // On a large site the filter chunks (about 100 KB at 10,000 pages) wait until the counts need
      // them: a search with filters, or one finding more than a page of results, whose counts are
      // otherwise taken from the results' own data (loaded to show them anyway).
      const lazyFilters = pageCount > RANKED_SEARCH_LIMIT && !hasFilters && Object.keys(allValues).length === 0;
      if (Object.keys(allValues).length === 0 && !lazyFilters) [, allValues] = await Promise.all([plan.ranked ? pagefind.preload(plan.ranked) : undefined, pagefind.filters()]);
      let found = await runSearch(pagefind, plan, state);
      let ownCounts: Counts | undefined;
      if (lazyFilters && found.results.length <= COUNT_FROM_RESULTS_LIMIT) {
        ownCounts = countFilters(await Promise.all(found.results.map(async (result) => (await dataOf(result)).filters)));
      } else if (lazyFilters) {
        allValues = await pagefind.filters();
        found = await runSearch(pagefind, plan, state);
      }
      outcome = found;
      await yieldToMain();
      // Counts for a filter already chosen are those its other values would give.
      const counts = { ...(ownCounts ?? found.counts) };
      for (const { param, name } of FILTERS) {
        if (state.filters[param]) counts[name] = (await runSearch(pagefind, plan, state, param)).counts[name] ?? {};
      }
      if (mine !== generation) return;
      fillOptions(state, counts, ownCounts);
      shown = found.lookup || effectiveSort(state) === 'date' ? found.results : await placed(found.results, plan);
      await yieldToMain();
      if (mine !== generation) return;
    }
    shownPlan = plan;
    rendered = 0;
    list.replaceChildren();
    await renderMore(mine);
    if (mine !== generation) return;
    const subject = plan.text ? `与“${plan.text}”相关的` : '符合筛选条件的';
    if (shown.length === 0) {
      status.textContent = outcome.notFound ?? `没有找到${subject}结果。`;
      empty.hidden = false;
    } else {
      status.textContent = `找到 ${shown.length} 条结果${outcome.relaxed ? '（没有与所输入内容完全一致的结果，以下结果包含其中的主要词语）' : ''}`;
      empty.hidden = true;
    }
    settle();
  }

  function navigate(): void {
    const state = formState();
    const address = `${location.pathname}${writeState(state)}`;
    if (address !== `${location.pathname}${location.search}`) history.pushState(null, '', address);
    void run(state);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate();
  });
  for (const select of [...selects.values(), sortSelect]) select.addEventListener('change', navigate);
  let preloadTimer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(preloadTimer);
    // Fetch the index chunks while the query is being typed, so that the search itself is quick.
    preloadTimer = setTimeout(() => {
      const typed = formState();
      const plan = planQuery(typed.q);
      const { ranked } = plan;
      // A common phrase's list is fetched instead (it needs no index chunks).
      const phrase = commonPhraseOf(plan, Object.keys(pagefindFilters(typed)).length > 0, effectiveSort(typed));
      if (ranked) void commonList(phrase).then(async (common) => common ?? (await loadPagefind()).preload(ranked));
    }, 150);
  });
  more.addEventListener('click', () => {
    const first = list.children.length;
    void renderMore(generation).then(() => (list.children[first]?.querySelector('a') as HTMLAnchorElement | null)?.focus());
  });
  window.addEventListener('popstate', () => {
    const state = readState(location.search);
    showState(state);
    void run(state);
  });

  const state = readState(location.search);
  showState(state);
  options.hidden = false;
  void run(state);
}
