// content/enforcement/matters/<编码>.yaml: 行政执法事项清单.
import { z } from 'astro/zod';
import { label, text, code, ref, powerType, legalBasis, catalogueEntry } from '../fields.ts';
import { SUBJECT_KIND } from './subjects.ts';
import { POWER_KIND } from '../powers.ts';

/** The kind key other schemas' references name (ref(MATTER_KIND)): typed here once. */
export const MATTER_KIND = 'enforcementMatters';

export const enforcementMatterSchema = catalogueEntry({
  code: label(code(), '事项编码', '也是文件名'),
  type: label(powerType(), '职权类型'),
  name: label(text(), '职权名称'),
  basis: label(z.array(legalBasis()).min(1, '至少一条职权依据'), '职权依据'),
  subject: label(ref(SUBJECT_KIND), '执法主体'),
  power: label(ref(POWER_KIND), '对应权力事项', '权力清单中的事项编码').optional(),
  department: label(text(), '承办机构'),
  timeLimit: label(text(), '办理时限', '如 立案之日起九十日内作出处理决定'),
});

export type EnforcementMatter = z.infer<typeof enforcementMatterSchema>;
