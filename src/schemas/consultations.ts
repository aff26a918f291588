// content/consultations/<编码>.md: 征求意见. The draft, the period open for comments, the ways
// to comment and, once the period has closed, the 采纳情况. The body explains the draft.
import { z } from 'astro/zod';
import { label, text, code, isoDate, url, document, catalogueEntry, group } from './fields.ts';

export const consultationSchema = catalogueEntry({
  code: label(code(), '编码', '也是文件名，如 ZQ-2026-01'),
  title: label(text(), '标题', '如 关于《示例市……办法（征求意见稿）》公开征求意见的公告'),
  drafter: label(text(), '起草单位', '不写则为本机关').optional(),
  draft: label(document(), '征求意见稿', '草案文件'),
  openDate: label(isoDate(), '开始日期', '开始接受意见的日期'),
  closeDate: label(isoDate(), '截止日期', '接受意见的最后一天'),
  respond: label(
    group({
      email: label(z.email({ error: '应为电子邮箱地址' }), '电子邮箱', '接收意见的机关公务邮箱'),
      post: label(text(), '信函地址', '含收件单位和邮编，信封注明“征求意见”').optional(),
      onlineUrl: label(url(), '在线提交', '网上征求意见平台的地址').optional(),
    }),
    '意见提交方式',
  ),
  feedback: label(
    group({
      date: label(isoDate(), '反馈日期'),
      summary: label(text(), '采纳情况', '收到意见的数量、采纳与未采纳的情况及理由'),
      file: label(document(), '反馈文件').optional(),
    }),
    '意见采纳情况',
    '征求意见结束后填写',
  ).optional(),
})
  .superRefine((entry, ctx) => {
    if (entry.closeDate < entry.openDate) ctx.addIssue({ code: 'custom', path: ['closeDate'], message: `早于开始日期 ${entry.openDate}`, input: entry.closeDate });
    if (entry.feedback && entry.feedback.date < entry.closeDate) {
      ctx.addIssue({ code: 'custom', path: ['feedback', 'date'], message: `早于征求意见截止日期 ${entry.closeDate}`, input: entry.feedback.date });
    }
  });

export type Consultation = z.infer<typeof consultationSchema>;
