import { describe, expect, it } from 'vitest';
import { PAGE_ROWS, numberedPages, pageName, pageCount, pageOfRow, pageParam, pagePath, pageSuffix, pagerNumbers, pagesOf } from './pagination.ts';

describe('pagesOf', () => {
  it('cuts a list into pages of the size, in order, the last one shorter', () => {
    const items = Array.from({ length: 7 }, (_, at) => at);
    expect(pagesOf(items, 3)).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
    expect(pagesOf(items, 7)).toEqual([items]);
    expect(pagesOf(Array.from({ length: PAGE_ROWS * 2 + 1 }, (_, at) => at)).map((page) => page.length)).toEqual([PAGE_ROWS, PAGE_ROWS, 1]);
  });

  it('makes one empty page of an empty list, and refuses a size that is not a positive whole number', () => {
    expect(pagesOf([], 5)).toEqual([[]]);
    expect(() => pagesOf([1], 0)).toThrow('每页条数须为正整数');
    expect(() => pagesOf([1], 2.5)).toThrow('每页条数须为正整数');
  });
});

describe('numberedPages', () => {
  it('gives each page its rows, its number and the count', () => {
    expect(numberedPages(['a', 'b', 'c'], 2)).toEqual([
      { rows: ['a', 'b'], page: { current: 1, count: 2 } },
      { rows: ['c'], page: { current: 2, count: 2 } },
    ]);
    expect(numberedPages([])).toEqual([{ rows: [], page: { current: 1, count: 1 } }]);
  });

  it('names a page, and adds the name after a later page’s title only', () => {
    expect(pageName(3)).toBe('第 3 页');
    expect(pageSuffix(1)).toBe('');
    expect(pageSuffix(3)).toBe('（第 3 页）');
  });
});

describe('page addresses', () => {
  it('keeps the list address for page 1 and puts page n under page/n/', () => {
    expect(pagePath('/catalogue/', 1)).toBe('/catalogue/');
    expect(pagePath('/catalogue/', 2)).toBe('/catalogue/page/2/');
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(12)).toBe('page/12');
    expect(() => pagePath('/catalogue', 2)).toThrow('须以 / 结尾');
  });
});

describe('pagerNumbers', () => {
  it.each([
    [1, 1, [1]],
    [1, 2, [1, 2]],
    [1, 5, [1, 2, 3, 4, 5]],
    [1, 9, [1, 2, 3, null, 9]],
    [4, 9, [1, 2, 3, 4, 5, 6, null, 9]],
    [5, 9, [1, 2, 3, 4, 5, 6, 7, 8, 9]],
    [6, 20, [1, null, 4, 5, 6, 7, 8, null, 20]],
    [20, 20, [1, null, 18, 19, 20]],
    [17, 20, [1, null, 15, 16, 17, 18, 19, 20]],
  ])('page %i of %i shows %j', (current, count, expected) => {
    expect(pagerNumbers(current, count)).toEqual(expected);
  });

  it('always shows the first, the last and the current page, in order, each once', () => {
    for (let count = 1; count <= 30; count += 1) {
      for (let current = 1; current <= count; current += 1) {
        const numbers = pagerNumbers(current, count).filter((page): page is number => page !== null);
        expect(numbers).toContain(1);
        expect(numbers).toContain(count);
        expect(numbers).toContain(current);
        expect(numbers).toEqual([...new Set(numbers)].sort((a, b) => a - b));
      }
    }
  });
});

describe('pageOfRow', () => {
  it('is the page of numberedPages that holds the row, for every row', () => {
    const items = Array.from({ length: 23 }, (_, at) => at);
    for (const { rows, page } of numberedPages(items, 5)) for (const row of rows) expect(pageOfRow(row, 5)).toBe(page.current);
  });

  it('counts in pages of PAGE_ROWS by default', () => {
    expect(pageOfRow(0)).toBe(1);
    expect(pageOfRow(PAGE_ROWS - 1)).toBe(1);
    expect(pageOfRow(PAGE_ROWS)).toBe(2);
  });

  it.each([-1, 1.5, Number.NaN])('refuses row %s', (row) => {
    expect(() => pageOfRow(row)).toThrow(RangeError);
  });
});

describe('pageCount', () => {
  it('is how many pages pagesOf makes, an empty list one', () => {
    for (let rows = 0; rows <= 12; rows += 1) expect(pageCount(rows, 4)).toBe(pagesOf(Array.from({ length: rows }), 4).length);
    expect(pageCount(PAGE_ROWS + 1)).toBe(2);
  });

  it.each([-1, 2.5])('refuses %s rows', (rows) => {
    expect(() => pageCount(rows)).toThrow(RangeError);
  });
});
