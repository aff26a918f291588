import { afterEach, describe, expect, it } from 'vitest';
import { addCalendarDays, addWorkingDays, calendarCovers, isWorkingDay, setHolidayCalendar, workingDayDeadline, workingDaysBetween } from './working-days.ts';

describe('working days on the Chinese calendar', () => {
  it('knows holidays on weekdays and make-up working days on weekends', () => {
    expect(isWorkingDay('2026-10-01')).toBe(false); // 国庆节, a Thursday
    expect(isWorkingDay('2026-10-09')).toBe(true); // an ordinary Friday
    expect(isWorkingDay('2026-10-10')).toBe(true); // a Saturday worked for the holiday
    expect(isWorkingDay('2026-10-11')).toBe(false); // an ordinary Sunday
    expect(isWorkingDay('2026-02-14')).toBe(true); // Saturday before 春节, worked
    expect(isWorkingDay('2026-02-16')).toBe(false); // 春节, a Monday
  });

  it('counts a period from the day after the event', () => {
    // Friday 2025-11-07 + 3 working days: Monday, Tuesday, Wednesday.
    expect(addWorkingDays('2025-11-07', 3)).toBe('2025-11-12');
    // Across 国庆节 2026: 10-08 (Thu), 10-09 (Fri), 10-10 (the make-up Saturday).
    expect(addWorkingDays('2026-09-30', 3)).toBe('2026-10-10');
    expect(addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
    expect(() => addWorkingDays('2026-02-13', 0)).toThrow('正整数');
  });

  it('counts working days between two dates', () => {
    expect(workingDaysBetween('2026-09-30', '2026-10-12')).toBe(4);
    expect(workingDaysBetween('2026-10-12', '2026-10-12')).toBe(0);
    expect(workingDaysBetween('2026-10-12', '2026-10-01')).toBe(0);
  });

  it('judges a deadline: on time, on the last day, and late by so many working days', () => {
    expect(workingDayDeadline('2026-07-14', 7, '2026-07-21')).toEqual({ deadline: '2026-07-23', onTime: true, lateBy: 0, provisional: false });
    expect(workingDayDeadline('2026-09-30', 3, '2026-10-10')).toEqual({ deadline: '2026-10-10', onTime: true, lateBy: 0, provisional: false });
    expect(workingDayDeadline('2026-09-30', 3, '2026-10-13')).toEqual({ deadline: '2026-10-10', onTime: false, lateBy: 2, provisional: false });
  });

  it('says when a year is not in the calendar yet, and counts plain weekdays there', () => {
    expect(calendarCovers(2025)).toBe(true);
    expect(calendarCovers(2026)).toBe(true);
    expect(calendarCovers(2099)).toBe(false);
    // 2099-12-30 is a Wednesday: Thursday, Friday, then Monday 2100-01-04.
    expect(workingDayDeadline('2099-12-30', 3, '2100-01-02')).toEqual({ deadline: '2100-01-04', onTime: true, lateBy: 0, provisional: true });
  });

  it('steps calendar days across month and year ends', () => {
    expect(addCalendarDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addCalendarDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('rejects a date that does not exist', () => {
    expect(() => isWorkingDay('2026-02-30')).toThrow('真实日期');
  });
});

describe('in a time zone west of Greenwich', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it('still reads each ISO date as that calendar day', () => {
    process.env.TZ = 'America/New_York';
    expect(isWorkingDay('2026-10-10')).toBe(true);
    expect(isWorkingDay('2026-10-11')).toBe(false);
    expect(addWorkingDays('2026-09-30', 3)).toBe('2026-10-10');
  });
});

describe("the office's own holiday calendar (content/holidays.yaml)", () => {
  afterEach(() => setHolidayCalendar(undefined));

  it('covers a year the package does not know, with its holidays and make-up working days', () => {
    expect(calendarCovers(2099)).toBe(false);
    setHolidayCalendar({ years: [{ year: 2099, holidays: ['2099-12-31'], workdays: ['2099-12-26'] }] });
    expect(calendarCovers(2099)).toBe(true);
    expect(isWorkingDay('2099-12-31')).toBe(false); // a Thursday, declared a holiday
    expect(isWorkingDay('2099-12-26')).toBe(true); // a Saturday, declared a working day
    expect(isWorkingDay('2099-12-27')).toBe(false); // an ordinary Sunday
    // Wednesday 2099-12-30 + 1 working day: Thursday is a holiday, Friday 2100-01-01 is not known.
    expect(workingDayDeadline('2099-12-29', 2, '2099-12-30')).toEqual({ deadline: '2100-01-01', onTime: true, lateBy: 0, provisional: true });
  });

  it('corrects a year the package knows', () => {
    expect(isWorkingDay('2026-10-09')).toBe(true);
    setHolidayCalendar({ years: [{ year: 2026, holidays: ['2026-10-09'], workdays: [] }] });
    expect(isWorkingDay('2026-10-09')).toBe(false);
    // The office's list replaces the package's for that year: 国庆 is not in it, so it counts as a weekday.
    expect(isWorkingDay('2026-10-01')).toBe(true);
  });
});
