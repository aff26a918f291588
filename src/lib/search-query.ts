// The search page's query logic, kept free of the DOM and of Pagefind so that it can be tested.
//
// Queries are NFKC-normalised so that full-width digits, letters and brackets typed on a
// Chinese keyboard match the half-width forms in the index (which is folded the same way,
// see search-index-text.ts).
//
// The index holds one word per Chinese character. Each run of Chinese characters in a query is
// looked up as an exact phrase, so only pages where the characters stand together are found,
// and pages where the phrase comes first (in the title) are listed first. When no page has a
// long run as written ("防空地下室审批材料"), its dictionary words are required instead (防空,
// 地下室, 审批, 材料). A code or 文号 is first looked up whole; letters and digits and single
// characters are left to Pagefind's ranked search.

export function normaliseQuery(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

import { recent } from './recent.ts';
import { contentPieces, spellings, wholeWords } from './search-rank.ts';
import { SUBJECT_WORDS, siteForm, siteWords } from './search-words.ts';
export { RANKED_SEARCH_LIMIT } from './search-common/format.ts';

const HAN_RUN = /\p{Script=Han}+/gu;
const HAN_PAIR = /(\p{Script=Han})(?=\p{Script=Han})/gu;

const TOKEN = /\p{Script=Han}|[0-9A-Za-z]+/gu;

/**
 * A code as the words the index holds, separated by spaces: Chinese characters one by one,
 * runs of letters and digits whole, punctuation dropped ("示防罚决〔2025〕1号" → "示 防 罚 决
 * 2025 1 号"). Written this way in a page's codes paragraph, a code can be found as an exact
 * phrase; written with its punctuation, Pagefind gives it gaps between the words.
 */
export function codeTokens(code: string): string {
  return (code.normalize('NFKC').match(TOKEN) ?? []).join(' ');
}

export interface QueryPlan {
  /** The query as the user means it (normalised), for messages and the URL. */
  text: string;
  /** What Pagefind ranks: the query with a space between Chinese characters; null when empty. */
  ranked: string | null;
  /** Exact phrases every result must contain, as Pagefind exact queries ("防 空"). */
  phrases: string[];
  /**
   * The first search: each phrase with its other spellings (人防 also as 人民防空), one of which a
   * page must hold, as the looser searches take them.
   */
  spelled: string[][];
  /**
   * Looser searches tried in turn when `phrases` finds nothing: the query without its question
   * words, then those pieces' dictionary words. Each requirement lists alternative phrases, one
   * of which a page must hold (人防 may be written 人民防空).
   */
  fallbacks: string[][][];
  /** The query's pieces without question words, for the last resort of two-character pieces. */
  pieces: string[];
  /** For a query with letters or digits (a code, a 文号): the whole query as an exact phrase, tried first. */
  exact: string | null;
  /** The query's runs of letters and digits, which results must also contain (Pagefind's ranked search); null if none. */
  alnum: string | null;
  /** What to highlight in excerpts: runs of Chinese characters and of letters and digits. */
  highlights: string[];
}

/** Pagefind's exact-phrase form of a run of Chinese characters. */
export function phraseQuery(run: string): string {
  return `"${[...run].join(' ')}"`;
}

/** Dictionary words of a run: the site's own words whole (人防, 试鸣), the rest as the browser segments Chinese. */
export function segmentWords(run: string): string[] {
  return siteWords(run);
}

/**
 * A run without the unit of the number before it: in "2025年警报试鸣" the 年 belongs to 2025, and
 * the pages write "2025年防空警报试鸣". A word that starts with the unit (年度) stays whole.
 */
function withoutDateUnit(run: string, before: string | undefined): string {
  const first = segmentWords(run)[0];
  return before && /\d/.test(before) && first && /^[年月日号]$/.test(first) ? run.slice(1) : run;
}

export function planQuery(raw: string): QueryPlan {
  // As the pages write it: simplified characters, words typed with a wrong character mended.
  const text = siteForm(normaliseQuery(raw));
  if (!text) return { text, ranked: null, phrases: [], spelled: [], fallbacks: [], pieces: [], exact: null, alnum: null, highlights: [] };
  const runs = [...text.matchAll(HAN_RUN)].map((match) => withoutDateUnit(match[0], text[match.index - 1])).filter((run) => run.length > 1);
  const phrases = [...new Set(runs)].map(phraseQuery);
  const spelled = [...new Set(runs)].map((run) => spellings(run).map(phraseQuery));
  const wordsOf = [...new Set(runs.flatMap((run) => segmentWords(run)).filter((word) => word.length > 1))];
  const pieces = [...new Set(runs.flatMap(contentPieces))];
  const fallbacks: string[][][] = [];
  const add = (attempt: string[]) => {
    const requirements = attempt.map((part) => spellings(part).map(phraseQuery));
    const key = JSON.stringify(requirements);
    if (requirements.length > 0 && key !== JSON.stringify(spelled) && !fallbacks.some((seen) => JSON.stringify(seen) === key)) fallbacks.push(requirements);
  };
  // A question of one piece (its question words set aside) is looked up by its words, each
  // required on its own (a single character the dictionary leaves is kept with its neighbour, so
  // that the search never requires too little), less the office's own name, which the page
  // answering may not repeat (a list, the 监督与救济 page): the piece whole is often in a page that
  // merely mentions it. A name (nothing set aside) is looked up whole first. A question in
  // several pieces is left to the pages holding most of it.
  const [only] = pieces;
  const asked = runs.join('') !== pieces.join('');
  const words = only && pieces.length === 1 ? wholeWords(only) : [];
  const named = words.filter((word) => !SUBJECT_WORDS.has(word));
  if (!asked || words.length < 2) add(pieces);
  if (words.length > 1) add(named.length > 0 ? named : words);
  const tokens = codeTokens(text);
  const exact = /[0-9A-Za-z]/.test(text) && tokens.includes(' ') ? `"${tokens}"` : null;
  // The query as typed, then its runs and dictionary words; single characters only when alone.
  const parts = [text, ...(text.match(/\p{Script=Han}+|[0-9A-Za-z]+/gu) ?? []), ...wordsOf].filter((part) => part.length > 1 && !part.includes(' '));
  const highlights = parts.length > 0 ? [...new Set(parts)].sort((a, b) => b.length - a.length) : [text];
  const alnum = text.match(/[0-9A-Za-z]+/g)?.join(' ') ?? null;
  return { text, ranked: text.replace(HAN_PAIR, '$1 '), phrases, spelled, fallbacks, pieces, exact, alnum, highlights };
}

/** A Pagefind result as far as ordering goes: its id and the positions of the words that matched. */
export interface Located {
  id: string;
  words: number[];
}

/**
 * The pages every phrase search found, those where the phrases come earliest first: a phrase in
 * the title (the start of the page's text) before one in the body. Pagefind's exact searches
 * report the first place a phrase occurs; its ranked search, which weighs every word, costs too
 * much on a large site when a common phrase matches thousands of pages.
 */
export function rankByPosition(found: Located[][]): string[] {
  const [first, ...rest] = found;
  if (!first) return [];
  const positions = rest.map((results) => new Map(results.map((result) => [result.id, Math.min(...result.words)])));
  return first
    .filter((result) => positions.every((map) => map.has(result.id)))
    .map((result, order) => ({ id: result.id, order, at: positions.reduce((sum, map) => sum + (map.get(result.id) ?? 0), Math.min(...result.words)) }))
    .sort((a, b) => a.at - b.at || a.order - b.order)
    .map((result) => result.id);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Code units whose every use as whitespace in /\s/ is listed: the ASCII ones and the rest. */
const WHITESPACE = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]);
const isWhitespace = (code: number) => WHITESPACE.has(code) || (code >= 0x2000 && code <= 0x200a);
const UTF16 = /* @__PURE__ */ new TextDecoder('utf-16le');

/**
 * A fragment's text as read: Pagefind's word breaks (U+200B) dropped, each run of whitespace one
 * space, none at either end; that is content.replaceAll('\u200b', '').replace(/\s+/g, ' ').trim(),
 * in one pass, since a list page of a large site is a million characters and half a million breaks.
 */
export const readableText = recent(readText);
/** A readable text in lower case, for finding the query's words in it (kept as readableText is). */
const lowerText = recent((text) => text.toLowerCase());

function readText(content: string): string {
  const out = new Uint16Array(content.length);
  let length = 0;
  let space = false;
  for (let at = 0; at < content.length; at += 1) {
    const code = content.charCodeAt(at);
    if (code === 0x200b) continue;
    if (code >= 0xd800 && code <= 0xdfff) {
      // TextDecoder would turn half a surrogate pair into U+FFFD: such text is read the plain way.
      const low = content.charCodeAt(at + 1);
      if (code > 0xdbff || !(low >= 0xdc00 && low <= 0xdfff)) return content.replaceAll('\u200b', '').replace(/\s+/g, ' ').trim();
      if (space && length > 0) out[length++] = 0x20;
      space = false;
      out[length++] = code;
      out[length++] = low;
      at += 1;
      continue;
    }
    if (isWhitespace(code)) {
      space = true;
      continue;
    }
    if (space && length > 0) out[length++] = 0x20;
    space = false;
    out[length++] = code;
  }
  return UTF16.decode(out.subarray(0, length));
}

/**
 * An excerpt around the first place the query occurs as typed (the page's own title, at the
 * start of its content, is passed over when the query occurs again later), with every
 * occurrence of the query's words highlighted; null when the content does not contain them
 * (the match was in a form the text does not show, and Pagefind's excerpt is used instead).
 */
export function makeExcerpt(content: string, plan: QueryPlan, title: string, length = 80): string | null {
  const text = readableText(content);
  const lower = lowerText(text);
  const terms = plan.highlights.map((term) => term.toLowerCase());
  const titleEnd = title && lower.startsWith(title.toLowerCase()) ? title.length : 0;
  // Letters and digits count only as whole words: "001" is not highlighted inside "000183001000".
  const find = (haystack: string, term: string, from: number): number => {
    for (let i = haystack.indexOf(term, from); i >= 0; i = haystack.indexOf(term, i + 1)) {
      const alnum = /[0-9a-z]/;
      const whole = !alnum.test(term[0] ?? '') || !alnum.test(haystack[i - 1] ?? '');
      const wholeEnd = !alnum.test(term.at(-1) ?? '') || !alnum.test(haystack[i + term.length] ?? '');
      if (whole && wholeEnd) return i;
    }
    return -1;
  };
  // The longest of the query's words that the text has, after the title if it occurs there too.
  let anchor: { at: number; term: string } | undefined;
  for (const term of terms) {
    const at = find(lower, term, titleEnd);
    const anywhere = at >= 0 ? at : find(lower, term, 0);
    if (anywhere >= 0) {
      anchor = { at: anywhere, term };
      break;
    }
  }
  if (!anchor) return null;
  const { start, end } = excerptSpan(text, anchor.at, anchor.term.length, length);
  const window = text.slice(start, end);
  const marks: [number, number][] = [];
  const windowLower = lower.slice(start, end);
  for (const term of terms) {
    for (let i = find(windowLower, term, 0); i >= 0; i = find(windowLower, term, i + term.length)) {
      if (!marks.some(([from, to]) => i < to && i + term.length > from)) marks.push([i, i + term.length]);
    }
  }
  marks.sort((a, b) => a[0] - b[0]);
  let html = '';
  let last = 0;
  for (const [from, to] of marks) {
    html += `${escapeHtml(window.slice(last, from))}<mark>${escapeHtml(window.slice(from, to))}</mark>`;
    last = to;
  }
  html += escapeHtml(window.slice(last));
  const cutBefore = start > 0 && !SENTENCE_END.test(text[start - 1] ?? '') && !text.startsWith('. ', start - 2);
  const cutAfter = end < text.length && !SENTENCE_END.test(text[end - 1] ?? '') && !text.startsWith('. ', end);
  return `${cutBefore ? '…' : ''}${html.replaceAll('</mark><mark>', '')}${cutAfter ? '…' : ''}`;
}

/** Where a sentence ends: Chinese full stops and the like; Pagefind also joins blocks with ". ". */
const SENTENCE_END = /[。；！？!?;\n]/;

/**
 * Where the excerpt for a match at `at` (`size` characters) starts and ends: its sentences (see
 * sentenceAround), or in one very long sentence a window around the match, cut where it must be.
 */
export function excerptSpan(text: string, at: number, size: number, length: number): { start: number; end: number } {
  let { start, end } = sentenceAround(text, at, size, length);
  if (end - start > length * 2) {
    start = Math.max(start, Math.min(at - Math.floor((length - size) / 3), end - length));
    end = Math.min(end, start + length);
  }
  return { start, end };
}

/**
 * The whole sentence holding a match, with the sentences after it (then before it) while they
 * fit in `length` characters: an excerpt reads as text, not as "…态在用. 备注…". The ends of a
 * sentence longer than twice `length` are not looked for further than that (it gets a window
 * instead, see excerptSpan): a list page of a large site is a million characters, and its rows
 * need not end in a full stop.
 */
export function sentenceAround(text: string, at: number, size: number, length: number): { start: number; end: number } {
  const isEnd = (i: number) => SENTENCE_END.test(text[i] ?? '') || text.startsWith('. ', i);
  const endAt = (i: number) => (text.startsWith('. ', i) ? i : i + 1);
  const reach = length * 2 + 1;
  const floor = Math.max(0, at - reach);
  const ceiling = Math.min(text.length, at + size + reach);
  let start = at;
  while (start > floor && !isEnd(start - 1) && !text.startsWith('. ', start - 2)) start -= 1;
  let end = at + size;
  while (end < ceiling && !isEnd(end)) end += 1;
  end = Math.min(text.length, endAt(end));
  const skip = (i: number) => (text.startsWith('. ', i) ? i + 2 : i);
  // Following sentences, then preceding ones, while the excerpt stays within length (a sentence
  // is read only as far as it could still fit).
  for (let next = skip(end); next < text.length; next = skip(end)) {
    let stop = next;
    while (stop < text.length && stop - start <= length && !isEnd(stop)) stop += 1;
    stop = Math.min(text.length, endAt(stop));
    if (stop - start > length) break;
    end = stop;
  }
  while (start > 0) {
    let from = start - 1;
    if (text.startsWith('. ', from - 1)) from -= 1;
    from -= 1;
    while (from > 0 && end - from <= length && !isEnd(from - 1) && !text.startsWith('. ', from - 2)) from -= 1;
    if (end - Math.max(0, from) > length) break;
    start = Math.max(0, from);
  }
  return { start, end };
}

/** The filters the search page offers: URL parameter, Pagefind filter name, label. */
export const FILTERS = [
  { param: 'kind', name: '类别', label: '类别' },
  { param: 'type', name: '权力类型', label: '权力类型' },
  { param: 'year', name: '年度', label: '年度' },
  { param: 'subject', name: '主体', label: '实施主体/执法主体' },
] as const;

export type FilterParam = (typeof FILTERS)[number]['param'];
export type SortOrder = 'relevance' | 'date';

export interface SearchState {
  q: string;
  filters: Partial<Record<FilterParam, string>>;
  sort: SortOrder;
}

/** The state a search page address describes (?q=…&kind=…&sort=date). */
export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const { param } of FILTERS) {
    const value = params.get(param)?.trim();
    if (value) filters[param] = value;
  }
  return { q: params.get('q') ?? '', filters, sort: params.get('sort') === 'date' ? 'date' : 'relevance' };
}

/** The address query string for a state, in a fixed order so that equal searches share one address. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  const q = normaliseQuery(state.q);
  if (q) params.set('q', q);
  for (const { param } of FILTERS) {
    const value = state.filters[param];
    if (value) params.set(param, value);
  }
  if (state.sort === 'date') params.set('sort', 'date');
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Pagefind filters for a state, optionally leaving one filter out (to count its values). */
export function pagefindFilters(state: SearchState, without?: FilterParam): Record<string, string> {
  const filters: Record<string, string> = {};
  for (const { param, name } of FILTERS) {
    const value = state.filters[param];
    if (value && param !== without) filters[name] = value;
  }
  return filters;
}

/** Sorting: by date when asked, and always when there is no query to rank by. */
export function effectiveSort(state: SearchState): SortOrder {
  return normaliseQuery(state.q) ? state.sort : 'date';
}

/** Keeps the ranked ids that every phrase search also found, in ranked order. */
export function keepMatching(ranked: string[], phraseResults: string[][]): string[] {
  const sets = phraseResults.map((ids) => new Set(ids));
  return ranked.filter((id) => sets.every((set) => set.has(id)));
}

/** Counts per value of each filter, over the results' own filters (used when no single search has exactly the results). */
export function countFilters(resultFilters: Record<string, string[]>[]): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const filters of resultFilters) {
    for (const name in filters) {
      const values = filters[name]!;
      const byValue = (counts[name] ??= {});
      // Most filters hold one value: no set needed to count it once (a build counts millions).
      if (values.length === 1) byValue[values[0]!] = (byValue[values[0]!] ?? 0) + 1;
      else for (const value of new Set(values)) byValue[value] = (byValue[value] ?? 0) + 1;
    }
  }
  return counts;
}

/** Tidies a Pagefind excerpt for display: no zero-width spaces, adjacent highlights merged. */
export function tidyExcerpt(excerpt: string): string {
  return excerpt.replaceAll('\u200b', '').replaceAll('</mark><mark>', '');
}

/** Removes the zero-width spaces Pagefind puts between words (titles come back with them). */
export function tidyText(text: string): string {
  return text.replaceAll('\u200b', '').trim();
}
