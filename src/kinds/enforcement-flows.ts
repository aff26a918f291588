// 执法流程图: drawn from the steps (the flowchart is the kind's own body).
import { enforcementFlowSchema } from '../schemas/enforcement/flows.ts';
import { defineKind } from './define.ts';

export default defineKind({
  label: '行政执法流程图',
  folder: 'enforcement/flows',
  format: 'yaml',
  schema: enforcementFlowSchema,
  idField: 'code',
  url: '/enforcement/flows/',
  column: { name: '行政执法流程图', description: '行政执法流程图和重大执法决定法制审核流程图', type: '信息公开', keywords: ['行政执法流程图', '法制审核流程图'] },
  dataset: { name: 'enforcement-flows' },
  place: { parent: 'enforcement', group: '事前公示', order: 7, blurb: '行政执法流程图和重大执法决定法制审核流程图' },
  menu: '执法公示',
  sort: 'code',
  title: (f) => `${f.title}图`,
  subject: (f) => f.subject,
  search: { badge: '执法公示', codes: (f) => [f.code, f.indexNo] },
  list: { custom: 'src/pages/enforcement/flows/index.astro' },
  detail: { custom: 'src/pages/enforcement/flows/[...id].astro' },
});
