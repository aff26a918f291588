// 随机抽查事项清单 (“双随机、一公开”): fields only.
import { inspectionItemSchema } from '../schemas/enforcement/inspection-items.ts';
import { defineKind } from './define.ts';

export default defineKind({
  label: '随机抽查事项',
  schema: inspectionItemSchema,
  column: { name: '随机抽查事项清单', description: '“双随机、一公开”随机抽查事项清单', keywords: ['双随机一公开', '随机抽查事项清单'] },
  place: { parent: 'enforcement', group: '事前公示', blurb: '“双随机、一公开”抽查什么、怎么查、查多少' },
  title: (i) => (i.subItem ? `${i.item}（${i.subItem}）` : i.item),
  search: { filters: () => ({ 权力类型: '行政检查' }) },
  list: {
    titleField: 'item',
    fields: ['item', 'subItem', 'targets', 'method', 'ratio'],
    related: { text: '每年的抽查计划和结果见', kind: 'inspectionPlans' },
  },
  detail: { fields: ['item', 'subItem', 'subject', 'basis', 'targets', 'method', 'content', 'ratio', 'matter', 'note'] },
});
