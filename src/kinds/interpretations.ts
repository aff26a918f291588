// 政策解读, filed under 政策文件 and linked from the document they explain.
import { interpretationSchema } from '../schemas/interpretations.ts';
import { defineKind } from './define.ts';

export default defineKind({
  format: 'markdown',
  schema: interpretationSchema,
  column: { name: '政策解读', description: '对本机关政策文件的解读', keywords: ['政策解读'] },
  place: { parent: 'list', list: 'documents' },
  sort: 'newest',
  search: { filters: (i) => ({ 年度: i.publishDate.slice(0, 4), 主题分类: i.topic }), codes: (i) => [i.indexNo] },
  pages: 'custom',
});
