// 防空警报试鸣公告: upcoming tests first, past ones by year; each page offers a calendar file and the
// signals' audio samples, all computed from the national patterns (src/lib/alarm-signals.ts).
import { alarmTestSchema } from '../schemas/alarm-tests.ts';
import { defineKind } from './define.ts';

export default defineKind({
  label: '防空警报试鸣公告',
  schema: alarmTestSchema,
  column: { name: '防空警报试鸣', description: '防空警报试鸣的时间、范围、信号和群众须知', keywords: ['防空警报', '试鸣', '警报信号', '预先警报', '空袭警报', '解除警报'] },
  // A notice residents act on (when, where, what to do): beside the shelters and 宣传教育 in 办事服务.
  menu: '办事服务',
  sort: (a, b) => b.data.date.localeCompare(a.data.date),
  search: { badge: '警报试鸣', filters: (t) => ({ 年度: t.date.slice(0, 4) }) },
  pages: 'custom',
});
