import { describe, expect, it } from 'vitest';
import { holidaysSchema } from './holidays.ts';

const messages = (data: unknown) => {
  const result = holidaysSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
};

describe('holiday calendar (content/holidays.yaml)', () => {
  it('accepts a year of holidays and make-up working days, and an empty file', () => {
    expect(messages({ years: [{ year: 2027, holidays: ['2027-01-01', new Date(Date.UTC(2027, 0, 2))], workdays: ['2027-02-06'] }] })).toEqual([]);
    expect(messages({})).toEqual([]);
  });

  it('refuses a day that does not exist, a day in another year, a day both holiday and working day, a year twice', () => {
    expect(messages({ years: [{ year: 2027, holidays: ['2027-02-30'], workdays: [] }] })).toEqual(['years.0.holidays.0 应为真实存在的日期，格式 YYYY-MM-DD']);
    expect(messages({ years: [{ year: 2027, holidays: ['2028-01-01'] }] })).toEqual(['years.0.holidays.0 日期 2028-01-01 不在 2027 年内']);
    expect(messages({ years: [{ year: 2027, holidays: ['2027-10-01'], workdays: ['2027-10-01'] }] })).toEqual(['years.0.workdays.0 日期 2027-10-01 同时写成了放假日和调休上班日']);
    expect(messages({ years: [{ year: 2027, holidays: [] }, { year: 2027, holidays: [] }] })).toEqual(['years.1.year 2027 年写了两次']);
  });
});
