// 包容审慎监管“三张清单”: 免罚、减轻、从轻 lists, grouped on the list page.
import { lenientMeasureSchema } from '../schemas/enforcement/lenient.ts';
import { ASKS_LENIENT } from '../lib/search-words.ts';
import { defineKind } from './define.ts';

export default defineKind({
  label: '包容审慎监管清单事项',
  folder: 'enforcement/lenient',
  schema: lenientMeasureSchema,
  column: { name: '包容审慎监管“三张清单”', description: '免予处罚、减轻处罚和从轻处罚事项清单', keywords: ['包容审慎监管', '三张清单', '免罚清单', '不予处罚清单', '免予处罚清单', '减轻处罚清单', '从轻处罚清单', '轻罚清单', '免予行政强制清单'] },
  place: { parent: 'enforcement', group: '事前公示', blurb: '免予处罚、减轻处罚、从轻处罚“三张清单”' },
  title: (m) => `${m.list}：${m.violation}`,
  // The exceptions to a penalty: they answer when asked whether one is let off.
  search: { filters: () => ({ 权力类型: '行政处罚' }), weight: -1, answers: [{ ...ASKS_LENIENT, weight: 4 }] },
  pages: 'custom',
});
