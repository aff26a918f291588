// content/cleanups/<编码>.md: a 规范性文件清理结果 announcement. It lists the documents reviewed, by
// reference; what it concluded for each (kept, lapsed, repealed, revised) is read from each
// document's validity on the day the results took effect, so no outcome is typed twice.
import { z } from 'astro/zod';
import { label, text, code, ref, isoDate, catalogueEntry } from './fields.ts';
import { DOC_NO_PATTERN } from './enforcement/penalties.ts';
import { DOCUMENT_KIND } from './documents.ts';

export const cleanupSchema = catalogueEntry({
  code: label(code(), '编码', '也是文件名，如 QL-2025'),
  title: label(text(), '标题'),
  docNo: label(z.string().regex(DOC_NO_PATTERN, '应为文号，年份用六角括号〔〕，如 示防办〔2025〕30号'), '文号').optional(),
  issuer: label(text(), '发布机构'),
  writtenDate: label(isoDate(), '成文日期'),
  effectiveDate: label(
    isoDate(),
    '清理结果施行日期',
    '各文件在这一天的有效性即本次清理的结论；由本次清理宣布失效、废止或修订的文件，其有效性变更日期就是这一天',
  ),
  documents: label(z.array(ref(DOCUMENT_KIND)).min(1, '至少列出一件文件'), '清理的文件', '本次清理涉及的全部文件的编码，包括继续有效的'),
})
  .superRefine((cleanup, ctx) => {
    if (cleanup.writtenDate > cleanup.publishDate) {
      ctx.addIssue({ code: 'custom', path: ['writtenDate'], message: `不能晚于发布日期 ${cleanup.publishDate}` });
    }
    const seen = new Set<string>();
    cleanup.documents.forEach((item, index) => {
      if (seen.has(item)) ctx.addIssue({ code: 'custom', path: ['documents', index], message: `文件“${item}”列了两次` });
      seen.add(item);
    });
  });

export type Cleanup = z.infer<typeof cleanupSchema>;
