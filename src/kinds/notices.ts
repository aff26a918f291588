// 通知公告: dated notices; one past its 截止日期 moves to the 往期 part of the list, never off the site.
import { noticeSchema } from '../schemas/notices.ts';
import { defineKind } from './define.ts';

export default defineKind({
  format: 'markdown',
  schema: noticeSchema,
  column: { name: '通知公告', description: '本机关发布的通知、公告和公示', keywords: ['通知公告', '通知', '公告', '公示'] },
  sort: 'newest',
  search: { filters: (n) => ({ 年度: n.publishDate.slice(0, 4) }) },
  pages: 'custom',
});
