// content/reports/<编码>.md: annual reports. The Markdown body is the report itself.
import { z } from 'astro/zod';
import { label, text, code, isoDate, document, catalogueFields, checkCatalogueDates } from './fields.ts';

export const REPORT_KINDS = ['法治政府建设年度报告', '政府信息公开工作年度报告', '行政执法统计年报'] as const;

export const reportSchema = z
  .object({
    code: label(code(), '编码', '也是文件名，如 fzzf-2025'),
    kind: label(z.enum(REPORT_KINDS, { error: `应为以下之一：${REPORT_KINDS.join('、')}` }), '报告类别'),
    year: label(z.number({ error: '应为年份（数字）' }).int().min(2000).max(2100), '报告年度', '报告所述的年度'),
    title: label(text(), '标题'),
    docNo: label(z.string().regex(/^.+〔\d{4}〕\d+号$/, '应为文号，年份用六角括号〔〕，如 示防办〔2025〕3号'), '文号').optional(),
    issuer: label(text(), '发布机构'),
    writtenDate: label(isoDate(), '成文日期'),
    original: label(document(), '原件', '原始 PDF 或 Word 文件').optional(),
    ...catalogueFields,
  })
  .strict()
  .superRefine(checkCatalogueDates)
  .superRefine((report, ctx) => {
    if (report.writtenDate > report.publishDate) {
      ctx.addIssue({ code: 'custom', path: ['writtenDate'], message: `不能晚于发布日期 ${report.publishDate}` });
    }
    if (Number(report.writtenDate.slice(0, 4)) < report.year) {
      ctx.addIssue({ code: 'custom', path: ['writtenDate'], message: `成文日期不能早于报告年度 ${report.year}` });
    }
  });

export type Report = z.infer<typeof reportSchema>;
