// content/enforcement/compulsions/<编码>.yaml: 行政强制决定 (查封、扣押等行政强制措施，代履行等行政强制执行).
import { z } from 'astro/zod';
import { label, text, code, ref, isoDate, legalBasis, oneOf, catalogueEntry } from '../fields.ts';
import { partySchema } from './parties.ts';
import { DOC_NO_PATTERN } from './penalties.ts';
import { SUBJECT_KIND } from './subjects.ts';
import { MATTER_KIND } from './matters.ts';

export const COMPULSION_KINDS = ['行政强制措施', '行政强制执行'] as const;

export const compulsionSchema = catalogueEntry({
  code: label(code(), '编码', '本站使用的稳定编码，也是文件名，如 QZ-2025-001'),
  decisionNo: label(z.string().regex(DOC_NO_PATTERN, '应为决定书文号，年份用六角括号〔〕，如 示防强〔2025〕1号'), '决定书文号'),
  kind: label(oneOf(COMPULSION_KINDS), '强制类别'),
  measure: label(text(), '强制方式', '如 查封场所、设施或者财物；扣押财物；代履行'),
  party: label(partySchema, '行政相对人'),
  facts: label(text(), '主要事实'),
  basis: label(z.array(legalBasis()).min(1, '至少一条依据'), '强制依据'),
  decisionDate: label(isoDate(), '决定日期'),
  authority: label(ref(SUBJECT_KIND), '决定机关', '执法主体名录中的统一社会信用代码'),
  matter: label(ref(MATTER_KIND), '对应执法事项').optional(),
});

export type Compulsion = z.infer<typeof compulsionSchema>;
