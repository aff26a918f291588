// content/enforcement/subjects/<统一社会信用代码>.yaml: 执法主体名录.
import { z } from 'astro/zod';
import { label, text, uscc, phone, url, oneOf, catalogueEntry, group } from '../fields.ts';

/** The kind key other schemas' references name (ref(SUBJECT_KIND)): typed here once. */
export const SUBJECT_KIND = 'subjects';

export const SUBJECT_NATURES = ['行政机关', '法律法规授权的组织', '受委托组织'] as const;

export const subjectSchema = catalogueEntry({
  code: label(uscc(), '统一社会信用代码', '也是文件名'),
  name: label(text(), '执法主体名称'),
  nature: label(oneOf(SUBJECT_NATURES), '主体性质'),
  entrustedBy: label(text(), '委托机关', '受委托组织填写').optional(),
  basis: label(z.array(text()).min(1, '至少一项执法依据'), '执法依据', '设定其执法资格的法律法规'),
  duties: label(z.array(text()).min(1, '至少一项'), '职责与权限'),
  area: label(text(), '执法区域'),
  address: label(text(), '办公地址'),
  phone: label(phone(), '联系电话'),
  supervision: label(
    group({
      phone: label(phone(), '监督电话'),
      email: label(z.email({ error: '应为电子邮箱地址' }), '监督邮箱').optional(),
      address: label(text(), '来信地址').optional(),
      body: label(text(), '监督机关', '如 本级司法行政部门'),
    }),
    '监督方式',
  ),
  remedies: label(
    group({
      review: label(
        z
          .object({
            body: label(text(), '复议机关'),
            address: label(text(), '受理地点'),
            phone: label(phone(), '联系电话').optional(),
            timeLimit: label(text(), '申请期限', '如 自知道该行政行为之日起六十日内'),
            url: label(url(), '网上申请地址').optional(),
          })
          .strict(),
        '行政复议',
      ),
      litigation: label(
        z
          .object({
            court: label(text(), '管辖法院'),
            address: label(text(), '法院地址').optional(),
            timeLimit: label(text(), '起诉期限', '如 自知道作出行政行为之日起六个月内'),
          })
          .strict(),
        '行政诉讼',
      ),
    }),
    '救济渠道',
  ),
});

export type Subject = z.infer<typeof subjectSchema>;
