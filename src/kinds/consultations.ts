// 征求意见: open while the build's today is within the period (listed on the home page until the
// close date), then closed, and once the office has answered, with its 采纳情况.
import { consultationSchema } from '../schemas/consultations.ts';
import { defineKind } from './define.ts';

export default defineKind({
  format: 'markdown',
  schema: consultationSchema,
  column: { name: '征求意见', description: '公开征求意见的政策草案、意见提交方式和意见采纳情况', keywords: ['征求意见', '意见征集', '草案', '采纳情况'] },
  menu: '政策文件',
  sort: (a, b) => b.data.openDate.localeCompare(a.data.openDate),
  search: { filters: (c) => ({ 年度: c.openDate.slice(0, 4) }) },
  pages: 'custom',
});
