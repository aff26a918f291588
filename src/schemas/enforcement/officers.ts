// content/enforcement/officers/<执法证号>.yaml: 执法人员名录. Only the public fields are kept:
// a person's ID number, phone or address never belong here.
import { z } from 'astro/zod';
import { label, text, code, ref, isoDate, oneOf, catalogueEntry } from '../fields.ts';
import { SUBJECT_KIND } from './subjects.ts';

export const CERTIFICATE_STATUSES = ['有效', '暂扣', '注销', '过期'] as const;

export const officerSchema = catalogueEntry({
  certNo: label(code(), '执法证号', '也是文件名'),
  name: label(z.string().regex(/^[\u3400-\u9fff·]{2,10}$/, '应为 2 至 10 个汉字的姓名'), '姓名'),
  subject: label(ref(SUBJECT_KIND), '所属执法主体', '执法主体名录中的统一社会信用代码'),
  department: label(text(), '所在处室').optional(),
  category: label(text(), '执法类别', '如 人民防空'),
  area: label(text(), '执法区域'),
  status: label(oneOf(CERTIFICATE_STATUSES), '证件状态'),
  validUntil: label(isoDate(), '证件有效期至').optional(),
  statusDate: label(isoDate(), '状态变更日期', '证件暂扣、注销的日期').optional(),
});

export type Officer = z.infer<typeof officerSchema>;
