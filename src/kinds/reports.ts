// 年度报告 (法治政府建设, 政府信息公开, 行政执法统计): the tables as data, newest year first.
import { reportSchema } from '../schemas/reports.ts';
import { defineKind } from './define.ts';

export default defineKind({
  format: 'markdown',
  schema: reportSchema,
  column: { name: '年度报告', description: '法治政府建设年度报告、政府信息公开工作年度报告和行政执法统计年报', keywords: ['年度报告'] },
  menu: '年度报告',
  sort: (a, b) => b.data.year - a.data.year || a.data.kind.localeCompare(b.data.kind),
  // Reports mention every matter in passing; they answer when asked for by title.
  search: { filters: (r) => ({ 年度: r.year }), codes: (r) => [r.docNo, r.indexNo], weight: -2 },
  pages: 'custom',
});
