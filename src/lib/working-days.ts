// Chinese working days (工作日): Monday to Friday, less the public holidays, plus the weekend days
// worked in their place (调休上班). The calendar comes from the `chinese-days` package, which
// follows the State Council's yearly notice; updating the package brings in a new year's
// arrangement. Until that notice is out a year is not covered, and counts in it fall back to
// plain weekdays, which callers can tell through `calendarCovers`.
//
// The office can correct or extend it in content/holidays.yaml (setHolidayCalendar): a year listed
// there is taken from there alone, so a new year's notice counts the day it is typed in.
//
// Dates are ISO strings (YYYY-MM-DD). The package formats dates with local-time getters, so every
// date is handed to it as local noon, which is the same calendar day in any time zone.
import chineseDays from 'chinese-days';
import { isRealIsoDate } from './dates.ts';

function localNoon(iso: string): Date {
  if (!isRealIsoDate(iso)) throw new Error(`应为 YYYY-MM-DD 格式的真实日期，实际为 "${iso}"`);
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day, 12);
}

/** The ISO date `days` calendar days after (or before, if negative) `iso`. */
export function addCalendarDays(iso: string, days: number): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** One year of the office's own calendar (content/holidays.yaml). */
export interface HolidayYear {
  year: number;
  holidays: readonly string[];
  workdays: readonly string[];
}

let office = new Map<number, { holidays: Set<string>; workdays: Set<string> }>();

/**
 * Use the office's calendar for the years it lists (the content loader calls this once with
 * content/holidays.yaml); undefined or an empty list goes back to the package alone.
 */
export function setHolidayCalendar(calendar: { years: readonly HolidayYear[] } | undefined): void {
  office = new Map((calendar?.years ?? []).map((y) => [y.year, { holidays: new Set(y.holidays), workdays: new Set(y.workdays) }]));
}

function isWeekend(iso: string): boolean {
  const day = localNoon(iso).getDay();
  return day === 0 || day === 6;
}

export function isWorkingDay(iso: string): boolean {
  const own = office.get(Number(iso.slice(0, 4)));
  if (own) return own.workdays.has(iso) || (!own.holidays.has(iso) && !isWeekend(iso));
  return chineseDays.isWorkday(localNoon(iso));
}

const coverage = new Map<number, boolean>();

/**
 * Whether the package knows the year's holiday arrangement. Every year has 元旦 and 春节 on
 * weekdays, so a year without a single named holiday is one the package has not been told about.
 */
export function calendarCovers(year: number): boolean {
  if (office.has(year)) return true;
  let covered = coverage.get(year);
  if (covered === undefined) {
    covered = chineseDays.getHolidaysInRange(localNoon(`${year}-01-01`), localNoon(`${year}-12-31`), false).length > 0;
    coverage.set(year, covered);
  }
  return covered;
}

/**
 * The day on which a period of `count` working days that starts after `from` ends: the day of the
 * event itself is not counted (民法典 第二百零一条), so 3 working days after a Friday end on the
 * following Wednesday, and after the eve of a holiday they end three working days after it.
 */
export function addWorkingDays(from: string, count: number): string {
  if (!Number.isInteger(count) || count < 1) throw new Error(`工作日数应为正整数，实际为 ${count}`);
  let day = from;
  let left = count;
  while (left > 0) {
    day = addCalendarDays(day, 1);
    if (isWorkingDay(day)) left -= 1;
  }
  return day;
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: string, to: string): number {
  let count = 0;
  for (let day = addCalendarDays(from, 1); day <= to; day = addCalendarDays(day, 1)) {
    if (isWorkingDay(day)) count += 1;
  }
  return count;
}

export interface WorkingDayDeadline {
  /** The last day on which the act is on time. */
  deadline: string;
  /** Whether the act was done by the deadline. */
  onTime: boolean;
  /** Working days past the deadline; 0 when on time. */
  lateBy: number;
  /**
   * True when the period runs into a year whose holidays the calendar does not know yet, so the
   * deadline was counted on plain weekdays and may move when the package is updated.
   */
  provisional: boolean;
}

/** Was an act done on `done` within `count` working days of `from`? */
export function workingDayDeadline(from: string, count: number, done: string): WorkingDayDeadline {
  const deadline = addWorkingDays(from, count);
  const onTime = done <= deadline;
  const years = new Set([from, deadline, done].map((iso) => Number(iso.slice(0, 4))));
  return {
    deadline,
    onTime,
    lateBy: onTime ? 0 : workingDaysBetween(deadline, done),
    provisional: [...years].some((year) => !calendarCovers(year)),
  };
}
