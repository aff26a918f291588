// 执法主体: who may enforce, on what basis, and where to complain or appeal.
import { subjectSchema } from '../schemas/enforcement/subjects.ts';
import { defineKind } from './define.ts';

export default defineKind({
  label: '执法主体',
  folder: 'enforcement/subjects',
  format: 'yaml',
  schema: subjectSchema,
  idField: 'code',
  url: '/enforcement/subjects/',
  column: { name: '执法主体', description: '行政执法主体名录', type: '信息公开', keywords: ['执法主体'] },
  dataset: { name: 'subjects' },
  place: { parent: 'enforcement', group: '事前公示', order: 1, blurb: '谁有权执法、依据什么、在哪里投诉和申请复议' },
  menu: '执法公示',
  sort: 'code',
  title: (s) => s.name,
  subject: (s) => s.code,
  search: { badge: '执法公示', codes: (s) => [s.code, s.indexNo] },
  list: { titleField: 'name', fields: ['name', 'code', 'nature', 'area', 'phone'] },
  detail: { custom: 'src/pages/enforcement/subjects/[...id].astro' },
});
