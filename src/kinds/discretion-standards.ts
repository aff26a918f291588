// 行政裁量权基准: the bands by circumstance are the kind's own body.
import { discretionStandardSchema } from '../schemas/enforcement/discretion.ts';
import { ASKS_FINE } from '../lib/search-words.ts';
import { defineKind } from './define.ts';

export default defineKind({
  folder: 'enforcement/discretion',
  schema: discretionStandardSchema,
  column: { name: '行政裁量权基准', description: '每一种违法行为按情节轻重对应的处罚幅度', keywords: ['行政裁量权基准', '处罚幅度'] },
  place: { parent: 'enforcement', group: '事前公示', blurb: '每种违法行为按情节对应的处罚幅度' },
  title: (s) => `行政裁量权基准：${s.violation}`,
  search: { filters: () => ({ 权力类型: '行政处罚' }), answers: [{ ...ASKS_FINE, weight: 3 }] },
  pages: 'custom',
});
