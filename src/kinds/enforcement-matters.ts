// 行政执法事项清单: a generic list; each matter's page links its 裁量基准, flowcharts and decisions.
import { enforcementMatterSchema } from '../schemas/enforcement/matters.ts';
import { defineKind } from './define.ts';

export default defineKind({
  label: '行政执法事项',
  folder: 'enforcement/matters',
  dataset: { name: 'matters' },
  schema: enforcementMatterSchema,
  column: { name: '行政执法事项清单', description: '行政执法事项清单：职权类型、名称、依据、承办机构和办理时限', keywords: ['执法事项清单'] },
  place: { parent: 'enforcement', group: '事前公示', blurb: '可以实施的行政处罚、强制、检查等事项及其依据' },
  // The powers again, as the enforcement catalogue lists them.
  search: { filters: (m) => ({ 权力类型: m.type }), weight: -1 },
  list: { titleField: 'name', fields: ['type', 'name', 'department', 'timeLimit'] },
  detail: 'custom',
});
