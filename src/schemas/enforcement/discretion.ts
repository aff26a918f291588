// content/enforcement/discretion/<编码>.yaml: 行政裁量权基准 (行政处罚法 第三十四条) for one violation:
// the range the law allows, and for each grade of circumstances (情节) the penalty within it.
import { z } from 'astro/zod';
import { label, text, code, ref, legalBasis, oneOf, catalogueEntry, records, group } from '../fields.ts';
import { SUBJECT_KIND } from './subjects.ts';
import { MATTER_KIND } from './matters.ts';

export const DISCRETION_GRADES = ['轻微', '较轻', '一般', '较重', '严重'] as const;

const amount = () => z.number({ error: '应为金额（数字，单位万元）' }).min(0, '不能为负数');

const fineRange = () =>
  group({
    min: label(amount(), '最低罚款（万元）'),
    max: label(amount(), '最高罚款（万元）'),
  });

export const discretionStandardSchema = catalogueEntry({
  code: label(code(), '编码', '也是文件名，如 CL-001'),
  violation: label(text(), '违法行为'),
  violationBasis: label(z.array(legalBasis()).min(1, '至少一条违法依据'), '违法依据'),
  penaltyBasis: label(z.array(legalBasis()).min(1, '至少一条处罚依据'), '处罚依据'),
  statutoryPenalty: label(text(), '法定处罚种类和幅度', '法律规定的处罚，如 警告，可以并处十万元以下罚款'),
  statutoryFine: label(fineRange(), '法定罚款幅度', '法律规定的罚款上下限；没有罚款的不填').optional(),
  party: label(text(), '适用对象', '如 单位、个人').optional(),
  levels: label(
    records({
      grade: label(oneOf(DISCRETION_GRADES), '违法程度'),
      circumstances: label(z.array(text()).min(1, '至少一项情节'), '情节', '符合其中之一即属本档'),
      penalty: label(text(), '处罚标准', '本档的处罚种类和幅度'),
      fine: label(fineRange(), '罚款幅度', '本档罚款的上下限；不罚款的不填').optional(),
    }).min(2, '至少两个裁量档次'),
    '裁量档次',
    '从轻到重排列',
  ),
  matter: label(ref(MATTER_KIND), '对应执法事项', '行政执法事项清单中的编码'),
  subject: label(ref(SUBJECT_KIND), '执法主体'),
  note: label(text(), '备注').optional(),
})
  .superRefine((standard, ctx) => {
    // A fine range must be a range, and no grade may go outside what the law allows.
    const ranges: [PropertyKey[], { min: number; max: number } | undefined][] = [
      [['statutoryFine'], standard.statutoryFine],
      ...standard.levels.map((level, index): [PropertyKey[], { min: number; max: number } | undefined] => [['levels', index, 'fine'], level.fine]),
    ];
    for (const [path, range] of ranges) {
      if (range && range.max < range.min) ctx.addIssue({ code: 'custom', path: [...path, 'max'], message: `不能低于最低罚款 ${range.min} 万元` });
    }
    const legal = standard.statutoryFine;
    standard.levels.forEach((level, index) => {
      if (!level.fine || !legal) return;
      if (level.fine.min < legal.min || level.fine.max > legal.max) {
        ctx.addIssue({ code: 'custom', path: ['levels', index, 'fine'], message: `应在法定罚款幅度 ${legal.min}—${legal.max} 万元之内` });
      }
    });
    // Heavier grades come later: a list read top to bottom goes from lightest to heaviest.
    const order = standard.levels.map((level) => DISCRETION_GRADES.indexOf(level.grade));
    order.forEach((rank, index) => {
      if (index > 0 && rank <= (order[index - 1] ?? -1)) {
        ctx.addIssue({ code: 'custom', path: ['levels', index, 'grade'], message: '裁量档次应从轻到重排列，且不重复' });
      }
    });
  });

export type DiscretionStandard = z.infer<typeof discretionStandardSchema>;
