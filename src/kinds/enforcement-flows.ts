// 执法流程图: drawn from the steps (the flowchart is the kind's own body).
import { enforcementFlowSchema } from '../schemas/enforcement/flows.ts';
import { defineKind } from './define.ts';

export default defineKind({
  folder: 'enforcement/flows',
  schema: enforcementFlowSchema,
  column: { name: '行政执法流程图', description: '行政执法流程图和重大执法决定法制审核流程图', keywords: ['行政执法流程图', '法制审核流程图'] },
  place: { parent: 'enforcement', group: '事前公示', blurb: '行政执法流程图和重大执法决定法制审核流程图' },
  title: (f) => `${f.title}图`,
  pages: 'custom',
});
