// content/decisions/<编码>.yaml: 重大行政决策事项目录, one decision the office plans to take that year:
// who decides, who prepares it, on what basis, by when, where it stands, and the published decision.
import { z } from 'astro/zod';
import { label, text, code, ref, oneOf, year, catalogueEntry } from './fields.ts';
import { DOCUMENT_KIND } from './documents.ts';

export const DECISION_STATES = ['未启动', '起草中', '公开征求意见', '合法性审查', '已决策', '已调整出目录'] as const;
/** The statutory procedures of 重大行政决策程序暂行条例, as a decision meets them. */
export const DECISION_PROCEDURES = ['公众参与', '专家论证', '风险评估', '合法性审查', '集体讨论决定'] as const;

export const decisionSchema = catalogueEntry({
  code: label(code(), '编码', '也是文件名，如 JC-2026-01'),
  year: label(year(), '目录年度'),
  name: label(text(), '决策事项'),
  decisionMaker: label(text(), '决策主体'),
  undertaker: label(text(), '承办单位'),
  basis: label(z.array(text()).min(1, '至少一项决策依据'), '决策依据'),
  plannedDate: label(text(), '计划完成时间', '如 2026 年 10 月'),
  procedures: label(z.array(oneOf(DECISION_PROCEDURES)), '履行程序').optional(),
  status: label(oneOf(DECISION_STATES), '状态'),
  outcome: label(text(), '决策结果', '已决策事项的结果').optional(),
  decisionDocument: label(ref(DOCUMENT_KIND), '决策文件', '已在政策文件栏目公开的决策文件编码').optional(),
})
  .superRefine((d, ctx) => {
    if (d.status === '已决策' && !d.outcome) ctx.addIssue({ code: 'custom', path: ['outcome'], message: '状态为“已决策”时应写明决策结果' });
  });

export type Decision = z.infer<typeof decisionSchema>;
