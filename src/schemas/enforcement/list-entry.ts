// What every entry of a 执法公示 list (音像记录事项, 法制审核事项, 包容审慎事项, 文书样本) ends with:
// the 执法主体 it belongs to, a 备注, and the 信息公开目录 data, with the same checks.
import { z } from 'astro/zod';
import { label, text, ref, catalogueFields, checkCatalogueDates } from '../fields.ts';
import { SUBJECT_KIND } from './subjects.ts';

export function enforcementListEntry<T extends z.ZodRawShape>(fields: T) {
  return z
    .object({
      ...fields,
      subject: label(ref(SUBJECT_KIND), '执法主体'),
      note: label(text(), '备注').optional(),
      ...catalogueFields,
    })
    .strict()
    // A generic shape hides the catalogue fields from the compiler; they are there (spread above).
    .superRefine((entry, ctx) => checkCatalogueDates(entry as { publishDate: string; updateDate: string }, ctx as Parameters<typeof checkCatalogueDates>[1]));
}
