// 执法流程图: drawn from the steps (the flowchart is the kind's own body).
import { enforcementFlowSchema } from '../schemas/enforcement/flows.ts';
import { defineKind } from './define.ts';

export default defineKind({
  label: '行政执法流程图',
  folder: 'enforcement/flows',
  schema: enforcementFlowSchema,
  column: { name: '行政执法流程图', description: '行政执法流程图和重大执法决定法制审核流程图', type: '信息公开', keywords: ['行政执法流程图', '法制审核流程图'] },
  dataset: { name: 'enforcement-flows' },
  place: { parent: 'enforcement', group: '事前公示', blurb: '行政执法流程图和重大执法决定法制审核流程图' },
  title: (f) => `${f.title}图`,
  subject: 'subject',
  list: { custom: 'src/pages/enforcement/flows/index.astro' },
  detail: { custom: 'src/pages/enforcement/flows/[...id].astro' },
});
