// content/notices/ and content/news/: 通知公告 and 工作动态. The two columns are separate lists (an
// inspection judges each on its own) with one shape: a dated item, its files, and an optional end
// date after which it moves to the column's 往期 list. It is archived there, never deleted.
import { z } from 'astro/zod';
import { label, text, code, isoDate, document, catalogueEntry } from './fields.ts';

export const noticeSchema = catalogueEntry({
  code: label(code(), '编码', '也是文件名，如 TZ-2026-001'),
  title: label(text(), '标题'),
  issuer: label(text(), '发布机构', '不写则为本机关').optional(),
  endDate: label(isoDate(), '截止日期', '通知所涉事项结束的日期；此日之后移入“往期”，仍可查阅').optional(),
  attachments: label(z.array(document()), '附件').optional(),
})
  .superRefine((entry, ctx) => {
    if (entry.endDate !== undefined && entry.endDate < entry.publishDate) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: `不能早于发布日期 ${entry.publishDate}` });
    }
  });

export type Notice = z.infer<typeof noticeSchema>;
