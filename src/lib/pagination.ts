// Long lists in pages of PAGE_ROWS rows: the 信息公开目录 of a site with 10,000 entries was one
// 9 MB page, more than a phone can open. Page 1 keeps the list's own address; page n is at
// <address>page/<n>/ (a fixed word before the number, so that it never meets an entry's code).

/** Rows on one page of a long list. */
export const PAGE_ROWS = 200;

function checkSize(size: number): void {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`每页条数须为正整数：${size}`);
}

/** `items` in pages of `size`, in order; a list with no items is one empty page. */
export function pagesOf<T>(items: readonly T[], size = PAGE_ROWS): T[][] {
  checkSize(size);
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += size) pages.push(items.slice(start, start + size));
  return pages.length > 0 ? pages : [[]];
}

/** Which page of a list in pages a page is. */
export interface ListPage {
  /** From 1. */
  current: number;
  count: number;
}

/** `items` in pages (pagesOf), each with its rows and which page it is. */
export function numberedPages<T>(items: readonly T[], size = PAGE_ROWS): { rows: T[]; page: ListPage }[] {
  const pages = pagesOf(items, size);
  return pages.map((rows, at) => ({ rows, page: { current: at + 1, count: pages.length } }));
}

/** How many pages a list of `rows` rows takes (pagesOf): at least one. */
export function pageCount(rows: number, size = PAGE_ROWS): number {
  if (!Number.isInteger(rows) || rows < 0) throw new RangeError(`条数须为非负整数：${rows}`);
  checkSize(size);
  return Math.max(1, Math.ceil(rows / size));
}

/** The page (from 1) that shows row `row` (from 0) of a list in pages of `size`: for links back to a row. */
export function pageOfRow(row: number, size = PAGE_ROWS): number {
  if (!Number.isInteger(row) || row < 0) throw new RangeError(`行号须为非负整数：${row}`);
  checkSize(size);
  return Math.floor(row / size) + 1;
}

/** A page's name: 第 2 页. */
export const pageName = (page: number): string => `第 ${page} 页`;

/** What a later page adds after the list's name in its title and heading: （第 2 页）; nothing on page 1. */
export const pageSuffix = (page: number): string => (page > 1 ? `（${pageName(page)}）` : '');

/** The address of page `page` (from 1) of the list at `base` (ending in /). */
export function pagePath(base: string, page: number): string {
  if (!base.endsWith('/')) throw new RangeError(`列表地址须以 / 结尾：${base}`);
  return page <= 1 ? base : `${base}page/${page}/`;
}

/** The route parameter of page `page` for a rest route at the list's address: undefined for page 1. */
export function pageParam(page: number): string | undefined {
  return page <= 1 ? undefined : `page/${page}`;
}

/**
 * The page numbers a pager shows for page `current` of `count`: the first and last, and the two
 * on each side of the current one, with null where numbers are left out (shown as …). A gap of
 * one number shows the number instead.
 */
export function pagerNumbers(current: number, count: number): (number | null)[] {
  const shown = new Set([1, count]);
  for (let page = current - 2; page <= current + 2; page += 1) if (page >= 1 && page <= count) shown.add(page);
  const sorted = [...shown].sort((a, b) => a - b);
  const numbers: (number | null)[] = [];
  for (const [at, page] of sorted.entries()) {
    const previous = sorted[at - 1];
    if (previous !== undefined && page - previous === 2) numbers.push(previous + 1);
    else if (previous !== undefined && page - previous > 2) numbers.push(null);
    numbers.push(page);
  }
  return numbers;
}
