// content/enforcement/guides/<编码>.md: 行政执法服务指南 and 执法文明用语, written as Markdown. The
// front matter holds the catalogue data; the body is the text shown.
import { z } from 'astro/zod';
import { label, text, code, ref, document, oneOf, catalogueEntry } from '../fields.ts';
import { SUBJECT_KIND } from './subjects.ts';

export const GUIDE_KINDS = ['行政执法服务指南', '执法文明用语'] as const;

export const enforcementGuideSchema = catalogueEntry({
  code: label(code(), '编码', '也是文件名，如 ZN-001'),
  kind: label(oneOf(GUIDE_KINDS), '类别'),
  title: label(text(), '标题'),
  subject: label(ref(SUBJECT_KIND), '执法主体'),
  download: label(document(), '下载文件', '同一内容的 PDF 或 Word 文件，供打印和转发').optional(),
});

export type EnforcementGuide = z.infer<typeof enforcementGuideSchema>;
