// 执法主体: who may enforce, on what basis, and where to complain or appeal.
import { subjectSchema } from '../schemas/enforcement/subjects.ts';
import { ASKS_WHO } from '../lib/search-words.ts';
import { defineKind } from './define.ts';

export default defineKind({
  schema: subjectSchema,
  column: { name: '执法主体', description: '行政执法主体名录', keywords: ['执法主体'] },
  place: { parent: 'enforcement', group: '事前公示', blurb: '谁有权执法、依据什么、在哪里投诉和申请复议' },
  subject: 'code',
  search: { answers: [{ ...ASKS_WHO, weight: 5 }] },
  list: { titleField: 'name', fields: ['name', 'code', 'nature', 'area', 'phone'] },
  detail: 'custom',
});
