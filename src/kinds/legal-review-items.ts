// 重大执法决定法制审核目录清单: fields only.
import { legalReviewItemSchema } from '../schemas/enforcement/legal-review-items.ts';
import { defineKind } from './define.ts';

export default defineKind({
  label: '重大执法决定法制审核事项',
  schema: legalReviewItemSchema,
  column: { name: '重大执法决定法制审核目录清单', description: '作出前必须经过法制审核的重大执法决定', keywords: ['法制审核', '重大执法决定'] },
  place: { parent: 'enforcement', group: '事前公示', blurb: '哪些决定作出前必须经过法制审核' },
  title: (r) => `重大执法决定法制审核事项：${r.name}`,
  search: { filters: (r) => ({ 权力类型: r.type }) },
  list: {
    titleField: 'name',
    lead: '以下决定在作出前须经本机关法制审核机构审核；未经法制审核或者审核未通过的，不得作出决定。',
    fields: ['type', 'name', 'criteria', 'reviewer', 'timeLimit'],
    related: { text: '审核的步骤见', kind: 'enforcementFlows' },
  },
  detail: { fields: ['type', 'criteria', 'matters', 'materials', 'reviewer', 'timeLimit', 'subject', 'basis', 'note'] },
});
