// 通知公告: dated notices; one past its 截止日期 moves to the 往期 part of the list, never off the site.
import { noticeSchema } from '../schemas/notices.ts';
import { defineKind } from './define.ts';

export default defineKind({
  label: '通知公告',
  folder: 'notices',
  format: 'markdown',
  schema: noticeSchema,
  column: { name: '通知公告', description: '本机关发布的通知、公告和公示', type: '信息公开', keywords: ['通知公告', '通知', '公告', '公示'] },
  place: { parent: 'top' },
  menu: '信息公开指南',
  sort: 'newest',
  title: 'title',
  search: { filters: (n) => ({ 年度: n.publishDate.slice(0, 4) }) },
  list: { custom: 'src/pages/notices/index.astro' },
  detail: { custom: 'src/pages/notices/[...id].astro' },
});
