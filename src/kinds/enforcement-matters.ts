// 行政执法事项清单: fields only, so its pages are the generic ones.
import { enforcementMatterSchema } from '../schemas/enforcement/matters.ts';
import { defineKind } from './define.ts';

export default defineKind({
  label: '行政执法事项',
  folder: 'enforcement/matters',
  format: 'yaml',
  schema: enforcementMatterSchema,
  idField: 'code',
  url: '/enforcement/matters/',
  column: { name: '行政执法事项清单', description: '行政执法事项清单：职权类型、名称、依据、承办机构和办理时限', type: '信息公开', keywords: ['执法事项清单'] },
  dataset: { name: 'matters' },
  place: { parent: 'enforcement', group: '事前公示', order: 3, blurb: '可以实施的行政处罚、强制、检查等事项及其依据' },
  menu: '执法公示',
  sort: 'code',
  title: (m) => m.name,
  subject: (m) => m.subject,
  search: { badge: '执法公示', filters: (m) => ({ 权力类型: m.type }), codes: (m) => [m.code, m.indexNo] },
  list: { titleField: 'name', fields: ['type', 'name', 'department', 'timeLimit'] },
  detail: { fields: ['code', 'type', 'department', 'timeLimit', 'power', 'subject'], sections: ['basis'] },
});
