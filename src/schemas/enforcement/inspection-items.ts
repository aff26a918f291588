// content/enforcement/inspection-items/<编码>.yaml: 随机抽查事项清单.
import { z } from 'astro/zod';
import { label, text, code, ref, catalogueEntry } from '../fields.ts';
import { SUBJECT_KIND } from './subjects.ts';
import { MATTER_KIND } from './matters.ts';

/** The kind key other schemas' references name (ref(INSPECTION_ITEM_KIND)): typed here once. */
export const INSPECTION_ITEM_KIND = 'inspectionItems';

export const inspectionItemSchema = catalogueEntry({
  code: label(code(), '抽查事项编码', '也是文件名'),
  item: label(text(), '检查项目'),
  subItem: label(text(), '检查子项').optional(),
  subject: label(ref(SUBJECT_KIND), '检查主体'),
  matter: label(ref(MATTER_KIND), '对应执法事项', '行政执法事项清单中的编码').optional(),
  basis: label(z.array(text()).min(1, '至少一条检查依据'), '检查依据'),
  targets: label(text(), '检查对象'),
  method: label(text(), '检查方式', '如 书面检查、现场检查'),
  content: label(text(), '检查内容'),
  ratio: label(text(), '抽查比例/频次'),
  note: label(text(), '备注').optional(),
});

export type InspectionItem = z.infer<typeof inspectionItemSchema>;
