// 工作动态: the same shape as 通知公告 (src/schemas/notices.ts) in a column of its own, since a site
// inspection judges each column's updates on its own.
import { noticeSchema } from '../schemas/notices.ts';
import { defineKind } from './define.ts';

export default defineKind({
  format: 'markdown',
  schema: noticeSchema,
  column: { name: '工作动态', description: '本机关的工作进展和活动', keywords: ['工作动态', '人防动态'] },
  sort: 'newest',
  search: { filters: (n) => ({ 年度: n.publishDate.slice(0, 4) }) },
  pages: 'custom',
});
