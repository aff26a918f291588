// content/enforcement/lenient/<编码>.yaml: one item of the 包容审慎监管 “三张清单” (免予处罚、
// 减轻处罚、从轻处罚): a violation, the conditions under which the list applies, and what is done instead.
import { z } from 'astro/zod';
import { label, text, code, ref, legalBasis, oneOf } from '../fields.ts';
import { MATTER_KIND } from './matters.ts';
import { enforcementListEntry } from './list-entry.ts';

export const LENIENT_LISTS = ['免予处罚', '减轻处罚', '从轻处罚'] as const;

export const lenientMeasureSchema = enforcementListEntry({
  code: label(code(), '编码', '也是文件名，如 MY-001'),
  list: label(oneOf(LENIENT_LISTS), '所属清单'),
  violation: label(text(), '违法行为'),
  violationBasis: label(z.array(legalBasis()).min(1, '至少一条违法依据'), '违法依据', '该行为违反的规定'),
  penaltyBasis: label(z.array(legalBasis()).min(1, '至少一条处罚依据'), '处罚依据', '对该行为设定处罚的规定'),
  leniencyBasis: label(z.array(legalBasis()).min(1, '至少一条依据'), '适用依据', '免予、减轻或从轻处罚的法律依据，如 行政处罚法第三十二条、第三十三条'),
  conditions: label(z.array(text()).min(1, '至少一项适用条件'), '适用条件', '同时满足才适用'),
  measures: label(text(), '处理方式', '如 不予行政处罚，责令改正并进行教育'),
  matter: label(ref(MATTER_KIND), '对应执法事项', '行政执法事项清单中的编码'),
});

export type LenientMeasure = z.infer<typeof lenientMeasureSchema>;
