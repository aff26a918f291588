// 建议提案办理结果: replies to 人大代表建议 and 政协委员提案, newest year first.
import { proposalSchema } from '../schemas/proposals.ts';
import { defineKind } from './define.ts';

export default defineKind({
  schema: proposalSchema,
  column: { name: '建议提案办理结果', description: '人大代表建议和政协委员提案的办理结果和答复要点', keywords: ['建议提案办理', '人大代表建议', '政协委员提案', '复文'] },
  sort: (a, b) => b.data.year - a.data.year || a.data.code.localeCompare(b.data.code),
  title: (p) => `关于${p.title}的答复`,
  summary: (p) => p.replySummary,
  search: { badge: '建议提案', filters: (p) => ({ 类别: p.type, 年度: String(p.year) }), codes: (p) => [p.code, p.number, p.indexNo] },
  list: { titleField: 'title', fields: ['year', 'type', 'number', 'title', 'role', 'result', 'replyDate'] },
  detail: { fields: ['year', 'type', 'number', 'role', 'result', 'replyDate', 'reply'], sections: ['replySummary'] },
});
