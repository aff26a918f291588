// What every entry of a 执法公示 list (音像记录事项, 法制审核事项, 包容审慎事项, 文书样本) ends with:
// the 执法主体 it belongs to, a 备注, and the 信息公开目录 data, with the same checks.
import { z } from 'astro/zod';
import { label, text, ref, catalogueEntry } from '../fields.ts';
import { SUBJECT_KIND } from './subjects.ts';

export function enforcementListEntry<T extends z.ZodRawShape>(fields: T) {
  return catalogueEntry({
    ...fields,
    subject: label(ref(SUBJECT_KIND), '执法主体'),
    note: label(text(), '备注').optional(),
  });
}
