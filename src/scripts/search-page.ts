// The search page in the browser: reads the state from the address, asks Pagefind, renders
// results and filter counts, and keeps the address in step (pushState, popstate).
import { FILTERS, RANKED_SEARCH_LIMIT, codeTokens, countFilters, effectiveSort, pagefindFilters, planQuery, readState, writeState, type QueryPlan, type SearchState } from '../lib/search-query.ts';
import { LIST_BADGE } from '../lib/search-rank.ts';
import { COUNT_FROM_RESULTS_LIMIT, PAGEFIND_OPTIONS, PAGE_SIZE, dataOf, placed, rankRulesFromJson, runSearch, type Counts, type Outcome, type Pagefind, type PagefindResult } from '../lib/search-run.ts';
import { commonList, phraseKey, restIds } from '../lib/search-common/client.ts';
import { fragmentPath, parseFragment, type FragmentData, type ResultView } from '../lib/search-common/format.ts';
import type { CommonPhraseList } from '../lib/search-common/build.ts';
import { commonPhraseOf } from '../lib/search-common/key.ts';
import { codeCandidateIds, pagesHoldingCode, phraseCandidateIds } from '../lib/search-common/codes-client.ts';
import { rarePhraseList } from '../lib/search-common/rare.ts';
import { spellings } from '../lib/search-words.ts';
import { lookupOf } from '../lib/search-lookup.ts';
import { resultView } from '../lib/search-common/view.ts';
import { indexedPages, pagefindEntry } from './pagefind-entry.ts';
import { inflate } from './pagefind-inflate.ts';

/** One collator for the filter values (localeCompare would build one per comparison, milliseconds each). */
const CHINESE_ORDER = new Intl.Collator('zh-CN');
/** Results built at a time when a page of them is shown (each builds an excerpt from the page's text). */
const RENDER_BATCH = 5;
/** A task showing results that has run this long lets the browser paint and answer taps (see renderMore). */
const TASK_MS = 12;

let pageCount = 0;
let pagefindPromise: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefindPromise ??= (async () => {
    const path = '/pagefind/pagefind.js';
    const entry = pagefindEntry();
    const pagefind = (await import(/* @vite-ignore */ path)) as Pagefind;
    await pagefind.options(PAGEFIND_OPTIONS);
    // Pagefind's ranked search takes time in proportion to the matching pages times their
    // matching words: cheap on a site of a few thousand pages, slow when a common phrase matches
    // thousands of them. Above that size, results are ordered by where the phrase occurs.
    pageCount = indexedPages(await entry);
    return pagefind;
  })();
  return pagefindPromise;
}

/** A page's record read from its Pagefind fragment (gzipped, or already inflated by pagefind-inflate.ts). */
async function readFragment(id: string): Promise<Parameters<typeof resultView>[0]> {
  const response = await fetch(fragmentPath(id));
  return parseFragment(new TextDecoder().decode(await inflate(new Uint8Array(await response.arrayBuffer()))), id);
}

/** Records read, the last few kept: a repeated search shows the same pages (a list page's record is a megabyte of text). */
const RECORDS_KEPT = 32;
const records = new Map<string, ReturnType<typeof readFragment>>();

/** A page's record by its Pagefind id, read once while it is among the last RECORDS_KEPT. */
function loadFragment(id: string): ReturnType<typeof readFragment> {
  let record = records.get(id);
  if (record) records.delete(id);
  else record = readFragment(id);
  // Most recently used last; a failed read is not kept.
  records.set(id, record);
  record.catch(() => records.delete(id));
  if (records.size > RECORDS_KEPT) records.delete(records.keys().next().value as string);
  return record;
}

/** A result to show: found by Pagefind, ready from a list, a list's page known by its place in a file of ids, or by its id. */
type Shown = PagefindResult | { view: ResultView } | { rest: string; index: number } | { page: string };

/**
 * Lets the browser paint and answer taps between steps of a search, so that no single task
 * holds a slow phone's main thread for long (scheduler.yield where there is one).
 */
function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}


function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

async function viewOf(plan: QueryPlan, item: Shown): Promise<ResultView> {
  if ('view' in item) return item.view;
  if ('rest' in item) return resultView(await loadFragment((await restIds(item.rest))[item.index] ?? ''), plan);
  if ('page' in item) return resultView(await loadFragment(item.page), plan);
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

/** Pages in the index, or 0 when its entry cannot be read (the search then asks Pagefind, which says why). */
async function pagesIndexed(): Promise<number> {
  return indexedPages(await pagefindEntry().catch(() => ({ languages: {} })));
}

/**
 * On a large site, the answer of the code index (codes-client.ts, rare.ts) for a code, or for a
 * phrase on a few pages, without Pagefind: the pages holding the code, or the phrase's list. Null
 * when the index cannot tell or a file cannot be read: the search asks Pagefind.
 */
async function fromCodeIndex(plan: QueryPlan, phrase: string | null): Promise<{ held: FragmentData[] } | { list: CommonPhraseList } | null> {
  try {
    const pages = await pagesIndexed();
    const codeIds = await codeCandidateIds(plan.text, pages);
    if (codeIds) return { held: pagesHoldingCode(codeTokens(plan.text), await Promise.all(codeIds.map(loadFragment))) };
    if (!phrase) return null;
    const forms = spellings(phrase);
    const candidates = await phraseCandidateIds(forms, pages);
    const rules = rankRulesFromJson(document.getElementById('search-page')?.dataset.rankRules);
    const list = candidates && (await rarePhraseList(phrase, forms, candidates, loadFragment, rules));
    return list ? { list } : null;
  } catch {
    return null;
  }
}

export function startSearchPage(): void {
  // Pagefind's entry, metadata and WebAssembly are asked for before anything else: planning a
  // query first loads the browser's Chinese word list, a long task on a phone, and the requests
  // would wait behind it. A common phrase's list is asked for instead when the address may be one
  // (a run of Chinese characters, unfiltered, by relevance: see commonPhraseOf), and Pagefind
  // only if it is not.
  const opened = readState(location.search);
  const unfiltered = Object.keys(opened.filters).length === 0 && opened.sort === 'relevance';
  // A code the code index answers needs no Pagefind either (codes-client.ts).
  const answered = async (): Promise<boolean> => {
    const key = unfiltered ? phraseKey(opened.q) : null;
    if ((await commonList(key)) !== null) return true;
    if (!unfiltered) return false;
    const pages = await pagesIndexed();
    return (await codeCandidateIds(opened.q, pages)) !== null || (key !== null && (await phraseCandidateIds(spellings(key), pages)) !== null);
  };
  void answered().then((ready) => (ready ? undefined : loadPagefind())).catch(() => undefined);
  const form = document.getElementById('search-form') as HTMLFormElement;
  const input = document.getElementById('search-q') as HTMLInputElement;
  const options = document.getElementById('search-options') as HTMLDetailsElement;
  const active = document.getElementById('search-active') as HTMLElement;
  const sortSelect = document.getElementById('search-sort') as HTMLSelectElement;
  const status = document.getElementById('search-status') as HTMLElement;
  const empty = document.getElementById('search-empty') as HTMLElement;
  const wordTips = document.getElementById('search-empty-words') as HTMLElement;
  const numberTips = document.getElementById('search-empty-number') as HTMLElement;
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

  /**
   * The next page of results, a few at a time, with a pause (see yieldToMain) once the task has run
   * for TASK_MS: on a slow phone reading the pages takes long, while a repeated search, its pages
   * already read, shows the whole page at once and the browser lays it out once.
   */
  async function renderMore(mine: number, fresh = false): Promise<void> {
    const next = shown.slice(rendered, rendered + PAGE_SIZE);
    // Taken at once and the button off meanwhile, so that a second tap cannot show the same page again.
    rendered += next.length;
    more.disabled = true;
    // A new search's first results replace the old ones in one step: the list never stands empty
    // (and the column list below it never jumps up) while their pages are being read.
    if (fresh && next.length === 0) list.replaceChildren();
    let since = performance.now();
    for (let start = 0; start < next.length; start += RENDER_BATCH) {
      const items = (await Promise.all(next.slice(start, start + RENDER_BATCH).map((item) => viewOf(shownPlan, item)))).map(renderView);
      if (mine !== generation) return;
      if (fresh && start === 0) list.replaceChildren(...items);
      else list.append(...items);
      if (start + RENDER_BATCH < next.length && performance.now() - since > TASK_MS) {
        await yieldToMain();
        if (mine !== generation) return;
        since = performance.now();
      }
    }
    more.disabled = false;
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
    more.hidden = true;
    // Room for results that are not there yet; results on screen stay until the new ones replace them.
    if (list.childElementCount === 0) page.classList.add('searching');
    const phrase = commonPhraseOf(plan, hasFilters, effectiveSort(state));
    const common = await commonList(phrase);
    const indexed = common || hasFilters || effectiveSort(state) !== 'relevance' ? null : await fromCodeIndex(plan, phrase);
    if (mine !== generation) return;
    let outcome: Pick<Outcome, 'relaxed' | 'notFound'> = { relaxed: false };
    // A common phrase's list is complete and ordered: shown without Pagefind (see commonList).
    if (indexed && 'held' in indexed) {
      const counts = countFilters(indexed.held.map((data) => data.filters));
      fillOptions(state, counts, counts);
      shown = indexed.held.map((data) => ({ view: resultView(data, plan) }));
      if (indexed.held.length === 0) outcome = { relaxed: false, notFound: lookupOf(plan.text)?.notFound };
    } else if (indexed) {
      const { file, rest } = indexed.list;
      fillOptions(state, file.counts, file.counts);
      shown = [...file.first.map((view) => ({ view })), ...rest.map((id) => ({ page: id }))];
    } else if (common) {
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
      let found = await runSearch({ pagefind, pageCount }, plan, state);
      let ownCounts: Counts | undefined;
      if (lazyFilters && found.results.length <= COUNT_FROM_RESULTS_LIMIT) {
        ownCounts = countFilters(await Promise.all(found.results.map(async (result) => (await dataOf(result)).filters)));
      } else if (lazyFilters) {
        allValues = await pagefind.filters();
        found = await runSearch({ pagefind, pageCount }, plan, state);
      }
      outcome = found;
      await yieldToMain();
      // Counts for a filter already chosen are those its other values would give.
      const counts = { ...(ownCounts ?? found.counts) };
      for (const { param, name } of FILTERS) {
        if (state.filters[param]) counts[name] = (await runSearch({ pagefind, pageCount }, plan, state, param)).counts[name] ?? {};
      }
      if (mine !== generation) return;
      fillOptions(state, counts, ownCounts);
      const ordered = found.lookup || effectiveSort(state) === 'date' ? found.results : await placed(found.results, plan, rankRulesFromJson(page.dataset.rankRules));
      // A newer search may have shown its results meanwhile: they stay.
      if (mine !== generation) return;
      shown = ordered;
      await yieldToMain();
      if (mine !== generation) return;
    }
    shownPlan = plan;
    rendered = 0;
    await renderMore(mine, true);
    if (mine !== generation) return;
    const subject = plan.text ? `与“${plan.text}”相关的` : '符合筛选条件的';
    if (shown.length === 0) {
      status.textContent = outcome.notFound ?? `没有找到${subject}结果。`;
      wordTips.hidden = outcome.notFound !== undefined;
      numberTips.hidden = outcome.notFound === undefined;
      empty.hidden = false;
    } else {
      status.textContent = `找到 ${shown.length} 条结果${outcome.relaxed ? '（没有与所输入内容完全一致的结果，以下结果包含其中的主要词语）' : ''}`;
      empty.hidden = true;
    }
    settle();
  }

  /** run, and if it fails (the network gone, a file missing), says so instead of searching forever. */
  function search(state: SearchState): void {
    const running = run(state);
    // run takes its number before it first waits.
    const mine = generation;
    running.catch(() => {
      if (mine !== generation) return;
      status.textContent = '搜索未能完成，请检查网络后重试，或按栏目浏览。';
      settle();
    });
  }

  function navigate(): void {
    const state = formState();
    const address = `${location.pathname}${writeState(state)}`;
    if (address !== `${location.pathname}${location.search}`) history.pushState(null, '', address);
    search(state);
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
    search(state);
  });

  const state = readState(location.search);
  showState(state);
  options.hidden = false;
  search(state);
}
