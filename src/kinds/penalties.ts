// 行政处罚决定: shown only in their disclosure period; a withdrawn one keeps its URL for the notice.
import { penaltySchema } from '../schemas/enforcement/penalties.ts';
import { disclosureState } from '../lib/disclosure.ts';
import { defineKind } from './define.ts';

export default defineKind({
  schema: penaltySchema,
  unique: ['decisionNo'],
  namesParties: true,
  column: { name: '行政处罚决定', description: '公示期内的行政处罚决定（双公示）', keywords: ['行政处罚', '双公示'] },
  place: { parent: 'enforcement', group: '事后公示', blurb: '公示期内的行政处罚决定（双公示）' },
  sort: (a, b) => b.data.decisionDate.localeCompare(a.data.decisionDate),
  published: (p, today) => disclosureState(p, today) === 'published',
  title: (p) => `${p.party.name}行政处罚决定（${p.decisionNo}）`,
  subject: 'authority',
  search: {
    filters: (p) => ({ 权力类型: '行政处罚', 年度: p.decisionDate.slice(0, 4) }),
    codes: (p) => [p.decisionNo, p.party.creditCode, p.indexNo],
  },
  pages: 'custom',
});
