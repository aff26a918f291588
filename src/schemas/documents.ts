// content/documents/<编码>.md: 规范性文件 and other policy documents. The Markdown body is the full
// text. Only decisions are recorded in 有效性 (a repeal, a revision, an early lapse, each with its
// date); the page computes the validity from the dates, and a record that contradicts the dates
// as of the build's today is a content problem, so `npm run check` and the build both refuse it.
import { z } from 'astro/zod';
import { label, text, code, ref, isoDate, document, catalogueFields, checkCatalogueDates, oneOf, group } from './fields.ts';
import { DOC_NO_PATTERN } from './enforcement/penalties.ts';
import { buildToday, isRealIsoDate } from '../lib/dates.ts';
import { VALIDITY_STATES, validityProblems } from '../lib/validity.ts';

/** The kind key other schemas' references name (ref(DOCUMENT_KIND)): typed here once. */
export const DOCUMENT_KIND = 'documents';

export const DOCUMENT_KINDS = ['行政规范性文件', '其他政策文件'] as const;

/** Folder names under /documents/ used by the filter and clean-up pages: no document may take them. */
export const RESERVED_DOCUMENT_CODES = ['validity', 'year', 'topic', 'cleanups'] as const;

export const documentSchema = group({
  code: label(
    code().refine((value) => !(RESERVED_DOCUMENT_CODES as readonly string[]).includes(value), {
      message: `不能使用 ${RESERVED_DOCUMENT_CODES.join('、')}（已用作栏目网址）`,
    }),
    '编码',
    '本站使用的稳定编码，也是文件名和网址，如 SFB-2025-01',
  ),
  title: label(text(), '标题'),
  kind: label(oneOf(DOCUMENT_KINDS), '文件类别', '行政规范性文件须有文号'),
  docNo: label(z.string().regex(DOC_NO_PATTERN, '应为文号，年份用六角括号〔〕，如 示防办规〔2025〕1号'), '文号').optional(),
  issuer: label(text(), '发布机构', '制定机关，联合发文时写全部机关，用“、”分隔'),
  writtenDate: label(isoDate(), '成文日期'),
  effectiveDate: label(isoDate(), '施行日期', '自该日起施行'),
  validUntil: label(isoDate(), '有效期至', '有效期的最后一天；过了这一天页面自动显示“失效”，无需修改有效性').optional(),
  validity: label(
    z
      .object({
        status: label(oneOf(VALIDITY_STATES), '状态', '有效：未宣布废止、修订或失效（到期失效由有效期至自动得出）；失效、废止、已修订：写明日期'),
        date: label(isoDate(), '变更日期', '失效、废止或修订后文件施行之日；不得晚于今天').optional(),
        replacedBy: label(ref(DOCUMENT_KIND), '替代文件', '修订后的文件或取而代之的文件的编码；已修订时必填').optional(),
        note: label(text(), '说明', '如 经2025年度规范性文件清理宣布失效').optional(),
      })
      .strict(),
    '有效性',
  ),
  filing: label(
    z
      .object({
        body: label(text(), '备案机关'),
        date: label(isoDate(), '备案日期'),
        number: label(text(), '备案号').optional(),
      })
      .strict(),
    '备案情况',
    '规范性文件报送备案的机关和日期',
  ).optional(),
  original: label(document(), '原件', '盖章文件的 PDF 或 OFD').optional(),
  ...catalogueFields,
  topic: label(text(), '主题分类', '文件目录按此分类筛选，如 人防工程建设'),
})
  .superRefine(checkCatalogueDates)
  .superRefine((doc, ctx) => {
    if (doc.kind === '行政规范性文件' && !doc.docNo) {
      ctx.addIssue({ code: 'custom', path: ['docNo'], message: '行政规范性文件必须有文号' });
    }
    const docNoYear = doc.docNo?.match(/〔(\d{4})〕/)?.[1];
    if (docNoYear && docNoYear !== doc.writtenDate.slice(0, 4)) {
      ctx.addIssue({ code: 'custom', path: ['docNo'], message: `文号中的年份应为成文年份 ${doc.writtenDate.slice(0, 4)}` });
    }
    if (doc.writtenDate > doc.publishDate) {
      ctx.addIssue({ code: 'custom', path: ['writtenDate'], message: `不能晚于发布日期 ${doc.publishDate}` });
    }
    if (doc.filing && doc.filing.date < doc.writtenDate) {
      ctx.addIssue({ code: 'custom', path: ['filing', 'date'], message: `不能早于成文日期 ${doc.writtenDate}` });
    }
    // A date that is not a real one has its own line already; the validity rules count days from
    // the dates, so they wait until every date is real (they would stop on "2025-02-30").
    const dates = [doc.publishDate, doc.effectiveDate, doc.validUntil, doc.validity?.date];
    if (!dates.every((date) => date === undefined || isRealIsoDate(date))) return;
    // The validity rules depend on today, so they are judged on every check and every build.
    for (const problem of validityProblems(doc, buildToday())) {
      ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
    }
  });

export type PolicyDocument = z.infer<typeof documentSchema>;
