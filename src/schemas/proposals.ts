// content/proposals/<编码>.yaml: 建议提案办理结果, one 人大代表建议 or 政协委员提案 the office handled,
// with the result category and the gist of its reply (复文). Names of deputies are not needed here.
import { z } from 'astro/zod';
import { label, text, code, isoDate, oneOf, year, catalogueEntry, document } from './fields.ts';

export const PROPOSAL_TYPES = ['人大代表建议', '政协委员提案'] as const;
/** The national A/B/C grading of how a suggestion was dealt with. */
export const PROPOSAL_RESULTS = ['A类（所提问题已经解决或采纳）', 'B类（正在解决或列入计划逐步解决）', 'C类（因条件限制或其他原因暂时不能解决）'] as const;
export const HANDLING_ROLES = ['主办', '会办'] as const;

export const proposalSchema = catalogueEntry({
  code: label(code(), '编码', '也是文件名，如 JY-2026-001'),
  year: label(year(), '年度'),
  type: label(oneOf(PROPOSAL_TYPES), '类别'),
  number: label(text(), '建议（提案）号', '如 第 0123 号'),
  title: label(text(), '标题'),
  role: label(z.enum(HANDLING_ROLES, { error: '应为 主办 或 会办' }), '办理方式'),
  result: label(oneOf(PROPOSAL_RESULTS), '办理结果类别'),
  replyDate: label(isoDate(), '答复日期'),
  replySummary: label(text(), '答复要点', '复文的主要内容，概括采纳和落实情况'),
  reply: label(document(), '复文', '答复代表（委员）的正式复文，PDF 放在本文件所在目录的 files/ 下').optional(),
});

export type Proposal = z.infer<typeof proposalSchema>;
