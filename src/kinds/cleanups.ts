// 规范性文件清理结果: announcements naming the documents each clean-up kept, changed or repealed.
import { cleanupSchema } from '../schemas/cleanups.ts';
import { defineKind } from './define.ts';

export default defineKind({
  format: 'markdown',
  schema: cleanupSchema,
  url: '/documents/cleanups/',
  column: { name: '规范性文件清理结果', description: '规范性文件定期清理的结果公告', keywords: ['规范性文件', '清理'] },
  place: { parent: 'list', list: 'documents' },
  sort: 'newest',
  search: { badge: '政策文件', filters: (c) => ({ 年度: c.publishDate.slice(0, 4), 主题分类: c.topic }), codes: (c) => [c.docNo, c.indexNo] },
  pages: 'custom',
});
