// 规范性文件 and other policy documents, newest first; validity is computed on the build's today.
import { documentSchema } from '../schemas/documents.ts';
import { newestFirst } from './sort.ts';
import { defineKind } from './define.ts';

export default defineKind({
  format: 'markdown',
  schema: documentSchema,
  unique: ['docNo'],
  column: { name: '政策文件', description: '本机关制定的行政规范性文件和其他政策文件，及其有效性', keywords: ['规范性文件', '政策文件', '有效性'] },
  menu: '政策文件',
  sort: newestFirst,
  search: { filters: (d) => ({ 主题分类: d.topic, 文件类别: d.kind }), codes: (d) => [d.docNo, d.indexNo] },
  pages: 'custom',
});
