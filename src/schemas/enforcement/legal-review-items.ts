// content/enforcement/legal-review-items/<编码>.yaml: 重大执法决定法制审核目录清单. A decision that
// meets an entry's criteria may not be made before the legal-affairs office has reviewed it.
import { z } from 'astro/zod';
import { label, text, code, ref, powerType } from '../fields.ts';
import { MATTER_KIND } from './matters.ts';
import { enforcementListEntry } from './list-entry.ts';

export const legalReviewItemSchema = enforcementListEntry({
  code: label(code(), '编码', '也是文件名，如 FS-001'),
  type: label(powerType(), '职权类型'),
  name: label(text(), '审核事项', '重大执法决定的类别，如 较大数额罚款'),
  criteria: label(z.array(text()).min(1, '至少一项纳入标准'), '纳入标准', '符合其中任何一项即须法制审核'),
  matters: label(z.array(ref(MATTER_KIND)).min(1, '至少一个执法事项'), '对应执法事项', '行政执法事项清单中的编码'),
  basis: label(z.array(text()).min(1, '至少一条依据'), '审核依据'),
  materials: label(z.array(text()).min(1, '至少一项送审材料'), '送审材料'),
  reviewer: label(text(), '审核机构', '本机关负责法制审核的内设机构'),
  timeLimit: label(text(), '审核时限', '如 收到完整送审材料之日起五个工作日内'),
});

export type LegalReviewItem = z.infer<typeof legalReviewItemSchema>;
