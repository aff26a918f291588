// content/interpretations/<编码>.md: 政策解读, each tied to the document it explains. The
// document's page lists its interpretations by looking here, so the link is typed once.
import { z } from 'astro/zod';
import { label, text, code, ref, oneOf, catalogueEntry } from './fields.ts';
import { DOCUMENT_KIND } from './documents.ts';

export const INTERPRETATION_FORMS = ['文字解读', '图文解读', '负责人解读', '专家解读', '新闻发布会'] as const;

export const interpretationSchema = catalogueEntry({
  code: label(code(), '编码', '也是文件名，如 JD-2025-01'),
  title: label(text(), '标题'),
  document: label(ref(DOCUMENT_KIND), '解读的文件', '政策文件的编码'),
  form: label(oneOf(INTERPRETATION_FORMS), '解读形式'),
  issuer: label(text(), '发布机构'),
  interpreter: label(text(), '解读人', '如 起草处室负责人；不写则视为发布机构').optional(),
});

export type Interpretation = z.infer<typeof interpretationSchema>;
