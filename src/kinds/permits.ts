// 行政许可决定, newest decision first.
import { permitSchema } from '../schemas/enforcement/permits.ts';
import { defineKind } from './define.ts';

export default defineKind({
  label: '行政许可决定',
  folder: 'enforcement/permits',
  schema: permitSchema,
  namesParties: true,
  column: { name: '行政许可决定', description: '行政许可决定（双公示）', type: '信息公开', keywords: ['行政许可', '双公示'] },
  place: { parent: 'enforcement', group: '事后公示', blurb: '作出的行政许可决定及其状态（双公示）' },
  sort: (a, b) => b.data.decisionDate.localeCompare(a.data.decisionDate),
  title: (p) => `${p.party.name}${p.documentName}（${p.decisionNo}）`,
  subject: 'authority',
  search: {
    badge: '执法公示',
    filters: (p) => ({ 权力类型: '行政许可', 年度: p.decisionDate.slice(0, 4) }),
    codes: (p) => [p.decisionNo, p.party.creditCode, p.certificate?.number, p.indexNo],
  },
  list: { custom: 'src/pages/enforcement/permits/index.astro' },
  detail: { custom: 'src/pages/enforcement/permits/[...id].astro' },
});
