// content/holidays.yaml: the year's 法定节假日 and 调休上班日 as the State Council's notice sets
// them, for years the calendar package (chinese-days) does not know yet or gets wrong. Every
// working-day count (答复期限, 撤回公示 …) reads it before the package.
import { z } from 'astro/zod';
import { label, isoDate, text, group } from './fields.ts';

const yearSchema = group({
  year: label(z.number({ error: '应为年份（数字）' }).int().min(2000).max(2100), '年度'),
  source: label(text(), '依据', '国务院办公厅关于该年部分节假日安排的通知，如 国办发明电〔2026〕7号').optional(),
  holidays: label(z.array(isoDate()), '放假日期', '每一个放假的日期（含周末），YYYY-MM-DD'),
  workdays: label(z.array(isoDate()), '调休上班日期', '周末调休上班的日期；没有时为空列表').default([]),
})
  .superRefine((entry, ctx) => {
    const holidays = new Set<string>();
    for (const [field, dates] of [['holidays', entry.holidays], ['workdays', entry.workdays]] as const) {
      dates.forEach((date, index) => {
        if (typeof date === 'string' && !date.startsWith(`${entry.year}-`)) {
          ctx.addIssue({ code: 'custom', path: [field, index], message: `日期 ${date} 不在 ${entry.year} 年内`, input: date });
        }
        if (field === 'holidays') {
          if (holidays.has(date)) ctx.addIssue({ code: 'custom', path: [field, index], message: `日期 ${date} 重复`, input: date });
          holidays.add(date);
        } else if (holidays.has(date)) {
          ctx.addIssue({ code: 'custom', path: [field, index], message: `日期 ${date} 同时写成了放假日和调休上班日`, input: date });
        }
      });
    }
  });

export const holidaysSchema = group({
  years: label(z.array(yearSchema), '各年节假日安排', '只需写日历包尚未收录或有误的年份；没有时为空列表').default([]),
})
  .superRefine((calendar, ctx) => {
    const seen = new Set<number>();
    calendar.years.forEach((entry, index) => {
      if (seen.has(entry.year)) ctx.addIssue({ code: 'custom', path: ['years', index, 'year'], message: `${entry.year} 年写了两次`, input: entry.year });
      seen.add(entry.year);
    });
  });

export type HolidayCalendar = z.output<typeof holidaysSchema>;
