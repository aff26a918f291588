// 执法人员: names and 执法证号 readers check, with the certificate's standing.
import { officerSchema } from '../schemas/enforcement/officers.ts';
import { ASKS_WHO } from '../lib/search-words.ts';
import { defineKind } from './define.ts';

export default defineKind({
  schema: officerSchema,
  idField: 'certNo',
  column: { name: '执法人员', description: '行政执法人员名录：姓名、执法证号、执法类别和证件状态', keywords: ['执法人员', '执法人员名单', '执法证号', '执法证件查询', '执法证号查询', '查执法证'] },
  place: { parent: 'enforcement', group: '事前公示', blurb: '输入执法证号或姓名，核验执法人员和证件状态' },
  title: (o) => `执法人员 ${o.name}（${o.certNo}）`,
  summary: (o) => `${o.department ?? o.category}执法人员，执法证号 ${o.certNo}，执法区域 ${o.area}，证件状态：${o.status}`,
  search: { answers: [{ ...ASKS_WHO, weight: 5 }] },
  pages: 'custom',
});
