// 规范性文件清理结果: announcements naming the documents each clean-up kept, changed or repealed.
import { cleanupSchema } from '../schemas/cleanups.ts';
import { defineKind } from './define.ts';

export default defineKind({
  label: '规范性文件清理结果',
  folder: 'cleanups',
  format: 'markdown',
  schema: cleanupSchema,
  url: '/documents/cleanups/',
  column: { name: '规范性文件清理结果', description: '规范性文件定期清理的结果公告', type: '信息公开', keywords: ['规范性文件', '清理'] },
  place: { parent: 'documents' },
  menu: '政策文件',
  sort: 'newest',
  title: 'title',
  search: { badge: '政策文件', filters: (c) => ({ 年度: c.publishDate.slice(0, 4), 主题分类: c.topic }), codes: (c) => [c.docNo, c.indexNo] },
  list: { custom: 'src/pages/documents/cleanups/index.astro' },
  detail: { custom: 'src/pages/documents/cleanups/[...id].astro' },
});
