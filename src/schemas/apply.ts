// content/apply.yaml: what the 依申请公开 page needs beyond site.yaml (whose 信息公开工作机构 gives the
// postal and in-person addresses): the online platform and the application form's PDF.
import { z } from 'astro/zod';
import { label, text, url, document, catalogueEntry, group } from './fields.ts';

export const applySchema = catalogueEntry({
  online: label(
    group({ name: label(text(), '平台名称'), url: label(url(), '网址') }),
    '在线申请平台',
    '受理政府信息公开申请的在线平台：名称和地址',
  ),
  form: label(document(), '申请表（PDF）', '可打印的政府信息公开申请表'),
  feeNote: label(text(), '收费说明', '信息处理费的收取情形').optional(),
});

export type ApplyInfo = z.infer<typeof applySchema>;
