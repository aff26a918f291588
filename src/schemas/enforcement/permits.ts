// content/enforcement/permits/<编码>.yaml: 行政许可决定 with the 双公示 fields.
import { z } from 'astro/zod';
import { label, text, code, ref, isoDate, oneOf, catalogueEntry, group } from '../fields.ts';
import { partySchema } from './parties.ts';
import { DOC_NO_PATTERN } from './penalties.ts';
import { SUBJECT_KIND } from './subjects.ts';
import { SERVICE_KIND } from '../services.ts';

export const PERMIT_CATEGORIES = ['普通', '特许', '认可', '核准', '登记', '其他'] as const;
export const PERMIT_STATUSES = ['有效', '已注销', '已撤销', '已撤回', '已过期'] as const;

export const permitSchema = catalogueEntry({
  code: label(code(), '编码', '本站使用的稳定编码，也是文件名，如 XK-2025-001'),
  documentName: label(text(), '行政许可决定文书名称'),
  decisionNo: label(z.string().regex(DOC_NO_PATTERN, '应为决定文书号，年份用六角括号〔〕，如 示防许〔2025〕1号'), '行政许可决定文书号'),
  category: label(oneOf(PERMIT_CATEGORIES), '许可类别'),
  certificate: label(
    group({ name: label(text(), '许可证书名称'), number: label(text(), '许可编号') }),
    '许可证书',
  ).optional(),
  content: label(text(), '许可内容'),
  party: label(partySchema, '行政相对人'),
  service: label(ref(SERVICE_KIND), '对应服务指南', '服务指南的实施编码'),
  decisionDate: label(isoDate(), '许可决定日期'),
  validFrom: label(isoDate(), '有效期自'),
  validTo: label(isoDate(), '有效期至').optional(),
  authority: label(ref(SUBJECT_KIND), '许可机关'),
  status: label(oneOf(PERMIT_STATUSES), '当前状态'),
})
  .superRefine((permit, ctx) => {
    if (permit.validTo && permit.validTo < permit.validFrom) {
      ctx.addIssue({ code: 'custom', path: ['validTo'], message: `不能早于有效期自 ${permit.validFrom}` });
    }
  });

export type Permit = z.infer<typeof permitSchema>;
