// The search page in the browser: reads the state from the address, asks Pagefind, renders
// results and filter counts, and keeps the address in step (pushState, popstate).
import {
  FILTERS, countFilters, effectiveSort, exactFirst, keepMatching, makeExcerpt, pagefindFilters, planQuery, readState, tidyExcerpt, tidyText,
  writeState, type FilterParam, type QueryPlan, type SearchState,
} from '../lib/search-query.ts';

interface PagefindResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}
interface PagefindResult {
  id: string;
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
/** Above this many results, counts come from Pagefind's looser search rather than from each result. */
const COUNT_FROM_RESULTS_LIMIT = 100;
const UNDATED = '0000-00-00';

let pagefindPromise: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefindPromise ??= (async () => {
    const path = '/pagefind/pagefind.js';
    const pagefind = (await import(/* @vite-ignore */ path)) as Pagefind;
    // An exact code (metadata "codes", see BaseLayout) outweighs a title; the date and kind are
    // metadata for display, not for matching.
    await pagefind.options({ excerptLength: 40, ranking: { metaWeights: { codes: 10, title: 5, keywords: 2, indexNo: 0, date: 0, 类别: 0 } } });
    return pagefind;
  })();
  return pagefindPromise;
}

interface Outcome {
  results: PagefindResult[];
  counts: Counts;
  /** The looser phrases were used: no page has the query's characters together as typed. */
  relaxed: boolean;
}

/** One search: ranked by Pagefind, kept to pages with every phrase, with counts per filter value. */
async function runSearch(pagefind: Pagefind, plan: QueryPlan, state: SearchState, without?: FilterParam): Promise<Outcome> {
  const filters = pagefindFilters(state, without);
  const sort = effectiveSort(state) === 'date' ? { date: 'desc' as const } : undefined;
  const ranked = await pagefind.search(plan.ranked, { filters, ...(sort ? { sort } : {}) });
  if (plan.exact && !sort) {
    // A code or 文号 typed in full puts the pages that have it, as a whole, first.
    const exact = await pagefind.search(plan.exact, { filters });
    const order = exactFirst(ranked.results.map((result) => result.id), exact.results.map((result) => result.id));
    const byId = new Map(ranked.results.map((result) => [result.id, result]));
    ranked.results = order.map((id) => byId.get(id)).filter((result): result is PagefindResult => Boolean(result));
  }
  if (plan.phrases.length === 0) return { results: ranked.results, counts: ranked.filters, relaxed: false };
  const attempts = plan.relaxed ? [plan.phrases, plan.relaxed] : [plan.phrases];
  for (const [attempt, phrases] of attempts.entries()) {
    const found = await Promise.all(phrases.map((phrase) => pagefind.search(phrase, { filters })));
    const ids = keepMatching(ranked.results.map((result) => result.id), found.map((response) => response.results.map((result) => result.id)));
    if (ids.length === 0 && attempt < attempts.length - 1) continue;
    const byId = new Map(ranked.results.map((result) => [result.id, result]));
    const results = ids.map((id) => byId.get(id)).filter((result): result is PagefindResult => Boolean(result));
    return { results, counts: await countsFor(plan, phrases, found, ranked, results), relaxed: attempt > 0 };
  }
  return { results: [], counts: {}, relaxed: false };
}

/** Filter counts for exactly the results shown, from whichever source has them. */
async function countsFor(plan: QueryPlan, phrases: string[], found: PagefindResponse[], ranked: PagefindResponse, results: PagefindResult[]): Promise<Counts> {
  // A query that is one run of Chinese characters: its phrase search has exactly these results.
  const [onlyPhrase] = phrases;
  if (phrases.length === 1 && found[0] && onlyPhrase === `"${plan.ranked}"`) return found[0].filters;
  if (results.length <= COUNT_FROM_RESULTS_LIMIT) return countFilters(await Promise.all(results.map(async (result) => (await result.data()).filters)));
  return ranked.filters;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

async function renderResult(plan: QueryPlan, result: PagefindResult): Promise<HTMLLIElement> {
  const data = await result.data();
  const title = tidyText(data.meta.title ?? data.url);
  const info = element('p', { className: 'info' });
  const kind = data.meta['类别'];
  if (kind) info.append(element('span', { className: 'badge' }, kind));
  const date = data.meta.date;
  if (date && date !== UNDATED) info.append(element('time', { dateTime: date }, `发布日期 ${date}`));
  const excerpt = element('p', { className: 'excerpt' });
  // Both excerpts are escaped page text with only <mark> elements added, so safe as HTML.
  // Pagefind's own marks single characters wherever they occur; ours marks the query's words.
  excerpt.innerHTML = (plan.ranked && makeExcerpt(data.content, plan, title)) || tidyExcerpt(data.excerpt);
  return element('li', {}, element('h2', {}, element('a', { href: data.url }, title)), info, excerpt);
}

export function startSearchPage(): void {
  const form = document.getElementById('search-form') as HTMLFormElement;
  const input = document.getElementById('search-q') as HTMLInputElement;
  const options = document.getElementById('search-options') as HTMLFieldSetElement;
  const sortSelect = document.getElementById('search-sort') as HTMLSelectElement;
  const status = document.getElementById('search-status') as HTMLElement;
  const empty = document.getElementById('search-empty') as HTMLElement;
  const list = document.getElementById('search-results') as HTMLOListElement;
  const more = document.getElementById('search-more') as HTMLButtonElement;
  const selects = new Map(FILTERS.map((filter) => [filter.param, document.getElementById(`search-${filter.param}`) as HTMLSelectElement]));
  let shown: PagefindResult[] = [];
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
  }

  function fillOptions(state: SearchState, counts: Counts): void {
    for (const { param, name } of FILTERS) {
      const select = selects.get(param);
      if (!select) continue;
      const chosen = state.filters[param] ?? '';
      const values = Object.keys(allValues[name] ?? {}).sort((a, b) => b.localeCompare(a, 'zh-CN') * (name === '年度' ? 1 : -1));
      if (chosen && !values.includes(chosen)) values.push(chosen);
      const optionsFor = values
        .map((value) => ({ value, count: counts[name]?.[value] ?? 0 }))
        .filter(({ value, count }) => count > 0 || value === chosen)
        .map(({ value, count }) => new Option(`${value}（${count}）`, value, false, value === chosen));
      select.replaceChildren(new Option('全部', '', false, !chosen), ...optionsFor);
    }
  }

  async function renderMore(mine: number): Promise<void> {
    const next = shown.slice(rendered, rendered + PAGE_SIZE);
    const items = await Promise.all(next.map((result) => renderResult(shownPlan, result)));
    if (mine !== generation) return;
    list.append(...items);
    rendered += next.length;
    more.hidden = rendered >= shown.length;
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
      const pagefind = await loadPagefind();
      allValues = await pagefind.filters();
      if (mine === generation) fillOptions(state, allValues);
      return;
    }
    status.textContent = '正在搜索…';
    const pagefind = await loadPagefind();
    if (Object.keys(allValues).length === 0) allValues = await pagefind.filters();
    const outcome = await runSearch(pagefind, plan, state);
    // Counts for a filter already chosen are those its other values would give.
    const counts = { ...outcome.counts };
    for (const { param, name } of FILTERS) {
      if (state.filters[param]) counts[name] = (await runSearch(pagefind, plan, state, param)).counts[name] ?? {};
    }
    if (mine !== generation) return;
    fillOptions(state, counts);
    shown = outcome.results;
    shownPlan = plan;
    rendered = 0;
    list.replaceChildren();
    await renderMore(mine);
    if (mine !== generation) return;
    const subject = plan.text ? `与“${plan.text}”相关的` : '符合筛选条件的';
    if (shown.length === 0) {
      status.textContent = `没有找到${subject}结果。`;
      empty.hidden = false;
    } else {
      status.textContent = `找到 ${shown.length} 条结果${outcome.relaxed ? '（没有与所输入内容完全一致的结果，以下结果包含其中的各个词语）' : ''}`;
      empty.hidden = true;
    }
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
      const { ranked } = planQuery(input.value);
      if (ranked) void loadPagefind().then((pagefind) => pagefind.preload(ranked));
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
