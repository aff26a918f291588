// Field builders shared by every content schema. Each field carries its Chinese label
// (`title`) and meaning (`description`) as zod metadata: error messages, the field
// reference page and the editor configuration all read them from here.
import { z } from 'astro/zod';
import { isRealIsoDate, toIsoDateText } from '../lib/dates.ts';
import { isValidUscc, USCC_PATTERN } from '../lib/uscc.ts';
import { HTTPS_ONLY, WEB_ADDRESS, webAddressProblem } from './url.ts';

// Zod's own messages (for the few checks without a message of ours) in Chinese too.
z.config(z.locales.zhCN());

/** Attach the Chinese label and a one-line meaning to a field. */
export function label<T extends z.ZodType>(schema: T, title: string, description?: string): T {
  return schema.meta(description ? { title, description } : { title });
}

/** A group of fields (字段组) with exactly the given fields. */
export const group = <T extends z.core.$ZodLooseShape>(shape: T) => z.object(shape).strict();

/** A mandatory line of text: blank strings are as bad as missing ones. */
export const text = () => z.string({ error: '应为文本' }).trim().min(1, '不能为空');

/** A stable code used as a file name and in URLs: ASCII letters, digits, "-", "_" and ".". */
export const code = () =>
  z
    .string({ error: '应为文本（数字编码请加引号）' })
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, '只能由字母、数字、“-”“_”“.”组成');

/**
 * An ISO date that exists on the calendar. Unquoted YAML dates arrive as Date objects.
 * `x-date` tells the editor configuration to offer a date picker.
 */
export const isoDate = () =>
  z
    .preprocess(
      toIsoDateText,
      z
        .string({ error: '应为日期 YYYY-MM-DD' })
        .refine(isRealIsoDate, { message: '应为真实存在的日期，格式 YYYY-MM-DD' }),
    )
    .meta({ 'x-date': true, 'x-pattern': ['^\\d{4}-\\d{2}-\\d{2}$', '应为日期 YYYY-MM-DD'] });

/** 统一社会信用代码 with its checksum verified. */
export const uscc = () =>
  z
    .string({ error: '应为 18 位统一社会信用代码' })
    .refine(isValidUscc, { message: '应为 18 位统一社会信用代码且校验位正确' })
    // The editor can check the form; the checksum is left to the content check.
    .meta({ 'x-pattern': [USCC_PATTERN.source, '应为 18 位统一社会信用代码（数字和大写字母，不含 I、O、Z、S、V）'] });

export const phone = () =>
  z.string({ error: '应为电话号码文本（请加引号）' }).regex(/^[0-9０-９()（）+\-—、 ，,转]{5,40}$/, '应为电话号码，如 0000-12345678');

// The rules themselves (and those for links in Markdown bodies) are in url.ts.
export { webAddressProblem };

/**
 * A web address that is published as a link: http or https only. zod's own z.url() accepts
 * javascript:, data: and anything else a URL parser does, and silently strips tabs and leading
 * spaces (so "java\tscript:" passes), so the check is on the text exactly as written.
 * `x-url` marks the field so a test can prove every URL-like field of every kind uses it.
 * `https` for the site's own address and the editor's platform, which must not be plain http.
 */
export const url = (options: { https?: boolean } = {}) =>
  z
    .string({ error: WEB_ADDRESS })
    .superRefine((value, ctx) => {
      const problem = webAddressProblem(value, options);
      if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
    })
    // The editor's first line of defence (scheme, no spaces or quote-like characters); webAddressProblem has the last word.
    .meta({
      'x-url': true,
      'x-pattern': [`^[Hh][Tt][Tt][Pp][Ss]${options.https ? '' : '?'}://[^/\\\\\\s"'<>\`^{|}@]+(?:[/?#][^\\s"'<>\\\\\`^{|}]*)?$`, options.https ? HTTPS_ONLY : WEB_ADDRESS],
    });

/** One of a fixed list of values; the message lists them all. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `应为以下之一：${values.join('、')}` });

/** A list of records, each with exactly the given fields. */
export const records = <T extends z.core.$ZodLooseShape>(shape: T) => z.array(group(shape));

/** A calendar year as a number (年度). */
export const year = () => z.number({ error: '应为年份数字' }).int().min(2000).max(2100);

/**
 * A reference to another entry by its code. `x-ref` names the collection; the content
 * check resolves every such field and fails the build on a dangling one.
 */
export const ref = (collection: string) => code().meta({ 'x-ref': collection });

/** The national enumeration of power types (权力类型), with the codes used by 政务服务 systems. */
export const POWER_TYPES = {
  行政许可: '01',
  行政处罚: '02',
  行政强制: '03',
  行政征收: '04',
  行政给付: '05',
  行政检查: '06',
  行政确认: '07',
  行政奖励: '08',
  行政裁决: '09',
  其他行政权力: '10',
  公共服务: '20',
  行政备案: '99',
} as const;
export type PowerType = keyof typeof POWER_TYPES;
export const powerType = () => oneOf(Object.keys(POWER_TYPES) as [PowerType, ...PowerType[]]);

export const LEVELS = ['国家级', '省级', '市级', '县级', '乡级'] as const;

/** One legal basis: the law, the article and the article's text, so readers need not look it up. */
export const legalBasis = () =>
  group({
    law: label(text(), '法律法规名称', '如《中华人民共和国人民防空法》'),
    article: label(text(), '条款', '如 第二十二条'),
    text: label(text(), '条款内容', '该条款的原文').optional(),
  });

/**
 * 信息公开目录 metadata every published entry carries. 索引号 never changes once given;
 * the dates are those of the content itself, never of the build.
 */
export const catalogueFields = {
  indexNo: label(
    z.string({ error: '应为索引号文本' }).regex(/^[0-9A-Z]{9,18}\/\d{4}-\d{5}$/, '格式应为 机构代码/年份-五位流水号，如 11341600762764234C/2025-00001'),
    '索引号',
    '机构代码/年份-五位流水号，一经赋予不再改变',
  ),
  publishDate: label(isoDate(), '发布日期', '首次公开的日期'),
  updateDate: label(isoDate(), '更新日期', '最近一次修改内容的日期，不早于发布日期'),
  summary: label(text(), '内容概述', '一两句话说明本条信息').optional(),
  topic: label(text(), '主题分类').optional(),
  keywords: label(z.array(text()), '关键词').optional(),
};

/** Catalogue rules that span two fields. */
export function checkCatalogueDates(entry: { publishDate: string; updateDate: string }, ctx: z.RefinementCtx): void {
  if (entry.updateDate < entry.publishDate) {
    ctx.addIssue({ code: 'custom', path: ['updateDate'], message: `不能早于发布日期 ${entry.publishDate}` });
  }
}

/**
 * An entry published in the 信息公开目录: its own fields, then the catalogue fields, no others, and
 * the catalogue's date rule. Kinds with rules of their own add them with .superRefine.
 */
export const catalogueEntry = <T extends z.core.$ZodLooseShape>(shape: T) =>
  z
    .object({ ...shape, ...catalogueFields })
    .strict()
    // TypeScript cannot see through the generic shape that the catalogue's dates are there.
    .superRefine((entry, ctx) => checkCatalogueDates(entry as { publishDate: string; updateDate: string }, ctx));

/**
 * A file that lives with the content (a blank form, a sample, an original report), given as a
 * path relative to the entry's own folder. `x-file` makes the content check verify the file
 * (content-check/attachment-files.ts); the extensions are those of ATTACHMENT_FORMATS in lib/attachments.ts.
 */
export const attachment = () =>
  z
    .string({ error: '应为附件路径文本' })
    .regex(/^(?!\/)(?!.*\.\.)[A-Za-z0-9._/-]+\.(pdf|docx|xlsx|ofd|jpg|png)$/, '应为相对于本文件所在目录的路径，只用字母、数字、“-”“_”，扩展名为 pdf/docx/xlsx/ofd/jpg/png')
    .meta({ 'x-file': true });

/** A downloadable document: the file and the name shown on the link. */
export const document = () =>
  group({
    title: label(text(), '名称', '下载链接上显示的名称'),
    file: label(attachment(), '文件', '相对于本文件所在目录的路径'),
  });
