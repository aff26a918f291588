// 执法人员: names and 执法证号 readers check, with the certificate's standing.
import { officerSchema } from '../schemas/enforcement/officers.ts';
import { defineKind } from './define.ts';

export default defineKind({
  label: '执法人员',
  folder: 'enforcement/officers',
  format: 'yaml',
  schema: officerSchema,
  idField: 'certNo',
  url: '/enforcement/officers/',
  column: { name: '执法人员', description: '行政执法人员名录：姓名、执法证号、执法类别和证件状态', type: '信息公开', keywords: ['执法人员', '执法证号', '执法证件查询'] },
  dataset: { name: 'officers' },
  place: { parent: 'enforcement', group: '事前公示', order: 2, blurb: '输入执法证号或姓名，核验执法人员和证件状态' },
  menu: '执法公示',
  sort: 'code',
  title: (o) => `执法人员 ${o.name}（${o.certNo}）`,
  subject: (o) => o.subject,
  search: { badge: '执法公示', codes: (o) => [o.certNo, o.indexNo] },
  list: { custom: 'src/pages/enforcement/officers/index.astro' },
  detail: { custom: 'src/pages/enforcement/officers/[...id].astro' },
});
