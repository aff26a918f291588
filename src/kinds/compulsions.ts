// 行政强制决定: fields only, so its pages are the generic ones.
import { compulsionSchema } from '../schemas/enforcement/compulsions.ts';
import { defineKind } from './define.ts';

export default defineKind({
  schema: compulsionSchema,
  namesParties: true,
  column: { name: '行政强制决定', description: '查封、扣押等行政强制措施和代履行等行政强制执行决定', keywords: ['行政强制', '查封', '扣押', '代履行'] },
  place: { parent: 'enforcement', group: '事后公示', blurb: '作出的查封、扣押、代履行等行政强制决定' },
  sort: (a, b) => b.data.decisionDate.localeCompare(a.data.decisionDate),
  title: (c) => `${c.party.name}行政强制决定（${c.decisionNo}）`,
  subject: 'authority',
  search: { filters: (c) => ({ 权力类型: '行政强制', 年度: c.decisionDate.slice(0, 4) }), codes: (c) => [c.decisionNo, c.party.creditCode, c.indexNo] },
  list: { titleField: 'decisionNo', fields: ['decisionNo', 'kind', 'measure', 'decisionDate'] },
  detail: { fields: ['decisionNo', 'kind', 'measure', 'party', 'facts', 'decisionDate', 'authority', 'matter'], sections: ['basis'] },
});
