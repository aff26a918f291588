// content/enforcement/inspection-plans/<年度>.yaml: a year's 双随机一公开 plan and, as the
// checks are done, their results in the same file.
import { z } from 'astro/zod';
import { label, text, ref, uscc, isoDate, oneOf, catalogueEntry, group } from '../fields.ts';
import { SUBJECT_KIND } from './subjects.ts';
import { INSPECTION_ITEM_KIND } from './inspection-items.ts';

export const INSPECTION_OUTCOMES = ['未发现问题', '发现问题已责令整改', '发现问题已立案查处', '未找到检查对象'] as const;

export const inspectionPlanSchema = catalogueEntry({
  year: label(z.number({ error: '应为年份（数字）' }).int().min(2000).max(2100), '年度', '也是文件名'),
  title: label(text(), '计划名称'),
  subject: label(ref(SUBJECT_KIND), '实施主体'),
  items: label(z.array(ref(INSPECTION_ITEM_KIND)).min(1, '至少一个抽查事项'), '抽查事项', '随机抽查事项清单中的编码'),
  scope: label(text(), '抽查对象范围', '抽取检查对象的名录库'),
  ratio: label(text(), '抽查比例'),
  plannedCount: label(z.number().int().min(0), '计划抽查家数'),
  period: label(text(), '实施时间', '如 2025年4月至11月'),
  method: label(text(), '抽取方式', '如 通过监管平台随机抽取检查对象、随机选派执法检查人员'),
  results: label(
    z.array(
      group({
        target: label(text(), '检查对象名称'),
        creditCode: label(uscc(), '统一社会信用代码'),
        item: label(ref(INSPECTION_ITEM_KIND), '抽查事项'),
        date: label(isoDate(), '检查日期'),
        outcome: label(oneOf(INSPECTION_OUTCOMES), '检查结果'),
        findings: label(text(), '发现的问题').optional(),
        followUp: label(text(), '后续处置').optional(),
      }),
    ),
    '抽查结果',
    '逐家列出；尚未实施时为空列表',
  ),
})
  .superRefine((plan, ctx) => {
    plan.results.forEach((result, index) => {
      if (!plan.items.includes(result.item)) {
        ctx.addIssue({ code: 'custom', path: ['results', index, 'item'], message: `应为本计划抽查事项之一：${plan.items.join('、')}` });
      }
      if (!result.date.startsWith(String(plan.year))) {
        ctx.addIssue({ code: 'custom', path: ['results', index, 'date'], message: `检查日期应在 ${plan.year} 年内` });
      }
      if (result.outcome !== '未发现问题' && result.outcome !== '未找到检查对象' && !result.findings) {
        ctx.addIssue({ code: 'custom', path: ['results', index, 'findings'], message: '发现问题时必须写明发现的问题' });
      }
    });
  });

export type InspectionPlan = z.infer<typeof inspectionPlanSchema>;
