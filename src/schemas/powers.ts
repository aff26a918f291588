// content/powers/<事项编码>.yaml: 权力清单, one power a file.
import { z } from 'astro/zod';
import { label, text, code, ref, powerType, legalBasis, LEVELS, oneOf, catalogueEntry, records } from './fields.ts';
import { SUBJECT_KIND } from './enforcement/subjects.ts';

/** The kind key other schemas' references name (ref(POWER_KIND)): typed here once. */
export const POWER_KIND = 'powers';

export const POWER_STATUSES = ['在用', '暂停实施', '已取消'] as const;

export const powerSchema = catalogueEntry({
  code: label(code(), '事项编码', '权力事项的统一编码，也是文件名'),
  type: label(powerType(), '权力类型', '全国统一分类'),
  name: label(text(), '事项名称'),
  subItems: label(
    records({ code: label(code(), '子项编码').optional(), name: label(text(), '子项名称') }),
    '子项',
  ).optional(),
  basis: label(z.array(legalBasis()).min(1, '至少列出一条设定依据'), '设定依据', '法律、法规、规章及其条款'),
  implementer: label(ref(SUBJECT_KIND), '实施主体', '执法主体名录中的编码'),
  department: label(text(), '承办机构', '具体承办的内设机构'),
  levels: label(z.array(oneOf(LEVELS)).min(1), '行使层级'),
  status: label(oneOf(POWER_STATUSES), '状态'),
  note: label(text(), '备注').optional(),
});

export type Power = z.infer<typeof powerSchema>;
