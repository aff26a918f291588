// The 通知公告 and 工作动态 lists in pages: current items first, then the archived ones (往期) by
// year, newest year first. The whole list is put in that order once and cut into pages; each page
// puts its rows back into the two sections, so a page that starts inside a year repeats its heading.
import { byYear } from './notice-status.ts';

/** An item in the list's order, with the year it is listed under in 往期 (none while current). */
export interface PlacedNotice<T> {
  item: T;
  year?: string;
}

/** `items` (in the list's order) as the list shows them: current first, then archived by year. */
export function noticeOrder<T>(items: readonly T[], archived: (item: T) => boolean, year: (item: T) => string): PlacedNotice<T>[] {
  const current = items.filter((item) => !archived(item)).map((item) => ({ item }));
  const past = byYear(items.filter(archived), year).flatMap(([listed, list]) => list.map((item) => ({ item, year: listed })));
  return [...current, ...past];
}

/** One page's rows back in their sections: the current items, then the archived ones by year, in order. */
export function noticeSections<T>(rows: readonly PlacedNotice<T>[]): { current: T[]; archived: [string, T[]][] } {
  const current: T[] = [];
  const archived: [string, T[]][] = [];
  for (const { item, year } of rows) {
    if (year === undefined) current.push(item);
    else if (archived.at(-1)?.[0] === year) archived.at(-1)?.[1].push(item);
    else archived.push([year, [item]]);
  }
  return { current, archived };
}
