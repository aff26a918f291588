// content/alarm-tests/<编码>.yaml: 防空警报试鸣公告. Each signal is named, not described: its
// pattern of sounding and pauses is the national one (src/lib/alarm-signals.ts), so an
// announcement cannot misstate it, and the time each signal ends is computed from it.
import { z } from 'astro/zod';
import { label, text, code, isoDate, oneOf, catalogueEntry, records } from './fields.ts';
import { ALARM_SIGNAL_NAMES, signalEnd, CLOCK_TIME, type AlarmSignalName } from '../lib/alarm-signals.ts';

const clockTime = () => z.string({ error: '应为时刻文本，如 10:00' }).regex(CLOCK_TIME, '应为 24 小时制时刻 HH:MM，如 10:00');

export const alarmTestSchema = catalogueEntry({
  code: label(code(), '编码', '也是文件名，如 JB-2026-09'),
  title: label(text(), '标题', '如 2026年防空警报试鸣公告'),
  date: label(isoDate(), '试鸣日期'),
  area: label(text(), '试鸣范围', '如 全市城区及各县（市）城区'),
  signals: label(
    records({
      signal: label(oneOf(ALARM_SIGNAL_NAMES), '警报信号'),
      time: label(clockTime(), '开始时刻', '24 小时制，如 10:00；结束时刻按国家规定的鸣放方式计算'),
    }).min(1, '至少一种信号'),
    '试鸣信号',
    '按鸣放先后排列',
  ),
  guidance: label(z.array(text()).min(1, '至少一条'), '群众须知', '试鸣期间群众应当怎样做，每条一句'),
})
  .superRefine((entry, ctx) => {
    if (entry.publishDate > entry.date) ctx.addIssue({ code: 'custom', path: ['publishDate'], message: `晚于试鸣日期 ${entry.date}`, input: entry.publishDate });
    // Signals follow one another without overlapping, all on the announced day.
    let previous: { end: string; signal: AlarmSignalName } | undefined;
    entry.signals.forEach((item, index) => {
      const end = signalEnd(item.signal, item.time);
      if (previous && item.time < previous.end) {
        ctx.addIssue({ code: 'custom', path: ['signals', index, 'time'], message: `早于上一信号（${previous.signal}）的结束时刻 ${previous.end}`, input: item.time });
      }
      if (end === undefined) ctx.addIssue({ code: 'custom', path: ['signals', index, 'time'], message: '鸣放会持续到次日', input: item.time });
      previous = { end: end ?? '24:00', signal: item.signal };
    });
  });

export type AlarmTest = z.infer<typeof alarmTestSchema>;
