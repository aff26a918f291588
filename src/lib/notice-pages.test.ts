import { describe, expect, it } from 'vitest';
import { noticeOrder, noticeSections } from './notice-pages.ts';
import { byYear } from './notice-status.ts';
import { pagesOf } from './pagination.ts';

// [id, publish year, archived?] in the list's order (newest first).
const items: [string, string, boolean][] = [
  ['a', '2026', false], ['b', '2026', true], ['c', '2025', false], ['d', '2025', true], ['e', '2025', true], ['f', '2024', true], ['g', '2023', false],
];
const archived = (item: [string, string, boolean]) => item[2];
const year = (item: [string, string, boolean]) => item[1];
const ids = (list: [string, string, boolean][]) => list.map(([id]) => id);

describe('noticeOrder', () => {
  it('puts the current items first, in order, then the archived ones by year, newest year first', () => {
    expect(noticeOrder(items, archived, year).map(({ item, year: listed }) => `${item[0]}${listed ?? ''}`)).toEqual(['a', 'c', 'g', 'b2026', 'd2025', 'e2025', 'f2024']);
  });
});

describe('noticeSections', () => {
  it('gives a list on one page exactly the sections the whole list has', () => {
    const { current, archived: past } = noticeSections(noticeOrder(items, archived, year));
    expect(ids(current)).toEqual(ids(items.filter((item) => !archived(item))));
    expect(past.map(([listed, list]) => [listed, ids(list)])).toEqual(byYear(items.filter(archived), year).map(([listed, list]) => [listed, ids(list)]));
  });

  it('cuts into pages that hold every item once, in order, a year split across pages headed on both', () => {
    const pages = pagesOf(noticeOrder(items, archived, year), 4).map(noticeSections);
    expect(pages.map(({ current, archived: past }) => [ids(current), past.map(([listed, list]) => [listed, ids(list)])])).toEqual([
      [['a', 'c', 'g'], [['2026', ['b']]]],
      [[], [['2025', ['d', 'e']], ['2024', ['f']]]],
    ]);
    const split = pagesOf(noticeOrder(items, archived, year), 5).map(noticeSections);
    expect(split.map(({ archived: past }) => past.map(([listed]) => listed))).toEqual([['2026', '2025'], ['2025', '2024']]);
  });
});
