// content/finance/<编码>.yaml: 部门预算 and 部门决算 with 三公经费 — the original PDF as published, and the
// few tables readers compare across years, whose totals must add up (src/lib/finance.ts).
import { z } from 'astro/zod';
import { label, text, code, document, oneOf, year, catalogueEntry, records, group } from './fields.ts';
import { sumProblems } from '../lib/finance.ts';

export const FINANCE_TYPES = ['部门预算', '部门决算'] as const;

const amount = (title: string) => label(z.number({ error: '应为金额数字（万元）' }).min(0, '不能为负数'), title, '单位：万元，保留两位小数');

const rowSchema = group({
  item: label(text(), '项目'),
  amount: amount('金额（万元）'),
  parts: label(records({ item: label(text(), '分项'), amount: amount('金额（万元）') }), '分项', '构成本行金额的分项，如 公务用车购置费、运行费').optional(),
});

export const financeSchema = catalogueEntry({
  code: label(code(), '编码', '也是文件名，如 YS-2026（预算）、JS-2025（决算）'),
  year: label(year(), '年度'),
  type: label(oneOf(FINANCE_TYPES), '类别'),
  title: label(text(), '标题', '如 示例市人民防空办公室 2026 年部门预算'),
  original: label(document(), '公开文本', '预算（决算）公开文本原件 PDF'),
  tables: label(
    records({
      name: label(text(), '表名', '如 收支总表、三公经费；同名的表逐年对比'),
      rows: label(z.array(rowSchema).min(1, '至少一行'), '行'),
      total: amount('合计（万元）'),
    }).min(1, '至少一张表'),
    '主要数据表',
    '各行金额之和必须等于合计',
  ),
  explanation: label(text(), '情况说明', '增减变化的主要原因').optional(),
})
  .superRefine((entry, ctx) => {
    for (const problem of sumProblems(entry.tables)) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
  });

export type Finance = z.infer<typeof financeSchema>;
