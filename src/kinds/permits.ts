// 行政许可决定, newest decision first.
import { permitSchema } from '../schemas/enforcement/permits.ts';
import { defineKind } from './define.ts';

export default defineKind({
  schema: permitSchema,
  unique: ['decisionNo'],
  namesParties: true,
  column: { name: '行政许可决定', description: '行政许可决定（双公示）', keywords: ['行政许可', '双公示'] },
  place: { parent: 'enforcement', group: '事后公示', blurb: '作出的行政许可决定及其状态（双公示）' },
  sort: (a, b) => b.data.decisionDate.localeCompare(a.data.decisionDate),
  title: (p) => `${p.party.name}${p.documentName}（${p.decisionNo}）`,
  subject: 'authority',
  search: {
    filters: (p) => ({ 权力类型: '行政许可', 年度: p.decisionDate.slice(0, 4) }),
    codes: (p) => [p.decisionNo, p.party.creditCode, p.certificate?.number, p.indexNo],
  },
  pages: 'custom',
});
