// content/article20.yaml: where this site publishes each item of 政府信息公开条例 第二十条, or why the
// office has none. Links name kinds by key (x-kind): the content check, which is given the kind
// records, refuses a key that is not one, as schemas never read the records.
import { z } from 'astro/zod';
import { label, text, url, catalogueEntry, group } from './fields.ts';
import { mapShapeProblems } from '../lib/article20.ts';

const link = group({
  kind: label(z.string({ error: '应为内容类别名称' }).regex(/^[a-zA-Z]+$/, '应为内容类别名称，如 documents').meta({ 'x-kind': true }), '本站栏目', '内容类别名称，如 documents、finance').optional(),
  url: label(url(), '其他网站', '在上级或本级政府网站公开的，写网址').optional(),
  text: label(text(), '显示文字', '指向其他网站时显示的名称').optional(),
})
  .refine((l) => Boolean(l.kind) !== Boolean(l.url), { message: '每个链接写 kind（本站栏目）或 url（其他网站）之一' })
  .refine((l) => !l.url || l.text, { message: '指向其他网站时写明显示文字（text）' });

export const article20Schema = catalogueEntry({
  items: label(
    z.array(
      group({
        item: label(z.number({ error: '应为项号数字 1—15' }).int().min(1, '应为 1—15 之间的整数').max(15, '应为 1—15 之间的整数'), '项号', '第二十条第几项，1—15'),
        publishedIn: label(z.array(link).min(1, '至少一个链接'), '公开位置').optional(),
        none: label(text(), '本机关无此类信息的理由').optional(),
        note: label(text(), '说明').optional(),
      }),
    ),
    '第二十条各项',
  ),
})
  .superRefine((map, ctx) => {
    for (const problem of mapShapeProblems(map.items)) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
  });

export type Article20Map = z.infer<typeof article20Schema>;
