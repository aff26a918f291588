// content/reports/<编码>.md: annual reports. The Markdown body is the report itself; a
// 政府信息公开工作年度报告 carries its statistical tables (sections 二 to 四 of the national format) as
// data, checked against every balance rule before anything is published.
import { z } from 'astro/zod';
import { label, text, code, isoDate, document, oneOf, catalogueEntry, group } from './fields.ts';
import { REPORT_KINDS } from '../lib/reports/kinds.ts';
import {
  APPLICANT_COLUMNS, REQUEST_COLUMNS, REQUEST_PARTS, RESULT_GROUPS, REVIEW_COLUMNS, REVIEW_ROWS, TABLE_TITLES,
  balanceIssues, formatBalanceIssue, type Labelled,
} from '../lib/reports/disclosure-tables.ts';
import { FIGURES, FIGURE_KEYS, figuresFromTables, formatNumber, TABLE_FIGURE_SOURCES, type FigureKey } from '../lib/reports/figures.ts';

export { REPORT_KINDS };
export type { ReportKind } from '../lib/reports/kinds.ts';

const count = (title: string, description?: string) =>
  label(z.number({ error: '应为件数（非负整数）' }).int('应为整数').min(0, '不能为负数'), title, description);

/** One z.object field per column, each labelled with the column's heading. */
function columns<const K extends string>(list: readonly Labelled<K>[], make: (title: string) => z.ZodNumber) {
  return Object.fromEntries(list.map((column) => [column.key, make(column.label)])) as Record<K, z.ZodNumber>;
}

const requestRow = (title: string) => label(z.object(columns(REQUEST_COLUMNS, (t) => count(t))).strict(), title);

const [disclosed, partlyDisclosed, withheld, unavailable, notProcessed, otherHandling] = RESULT_GROUPS;
const reasonGroup = <const G extends { label: string; reasons: readonly Labelled[] }>(group: G) =>
  label(
    z.object(Object.fromEntries(group.reasons.map((reason) => [reason.key, requestRow(reason.label)])) as Record<G['reasons'][number]['key'], ReturnType<typeof requestRow>>).strict(),
    group.label,
  );

const documentCounts = (title: string) =>
  label(
    group({ issued: count('本年制发件数'), repealed: count('本年废止件数'), inForce: count('现行有效件数') }),
    title,
  );

export const disclosureTablesSchema = group({
  proactive: label(
    z
      .object({
        regulations: documentCounts('规章'),
        normativeDocuments: documentCounts('行政规范性文件'),
        permits: count('行政许可', '本年处理决定数量'),
        penalties: count('行政处罚', '本年处理决定数量'),
        compulsions: count('行政强制', '本年处理决定数量'),
        fees: label(z.number({ error: '应为金额（万元，数字）' }).min(0, '不能为负数'), '行政事业性收费', '本年收费金额（万元）'),
      })
      .strict(),
    TABLE_TITLES.proactive,
  ),
  requests: label(
    z
      .object({
        received: requestRow(REQUEST_PARTS.received),
        carriedOver: requestRow(REQUEST_PARTS.carriedOver),
        results: label(
          z
            .object({
              disclosed: requestRow(disclosed.label),
              partlyDisclosed: requestRow(partlyDisclosed.label),
              withheld: reasonGroup(withheld),
              unavailable: reasonGroup(unavailable),
              notProcessed: reasonGroup(notProcessed),
              otherHandling: reasonGroup(otherHandling),
              total: requestRow(REQUEST_PARTS.resultsTotal),
            })
            .strict(),
          REQUEST_PARTS.results,
        ),
        carriedForward: requestRow(REQUEST_PARTS.carriedForward),
      })
      .strict(),
    TABLE_TITLES.requests,
    `列依次为${APPLICANT_COLUMNS.map((c) => c.label).join('、')}和总计`,
  ),
  reviews: label(
    z.object(Object.fromEntries(REVIEW_ROWS.map((row) => [row.key, label(z.object(columns(REVIEW_COLUMNS, (t) => count(t))).strict(), row.label)])) as Record<(typeof REVIEW_ROWS)[number]['key'], z.ZodObject<Record<(typeof REVIEW_COLUMNS)[number]['key'], z.ZodNumber>>>).strict(),
    TABLE_TITLES.reviews,
  ),
});

export const figuresSchema = z
  .object(
    Object.fromEntries(
      FIGURE_KEYS.map((key) => [key, label(z.number({ error: `应为数字（单位：${FIGURES[key].unit}）` }).min(0, '不能为负数'), `${FIGURES[key].label}（${FIGURES[key].unit}）`, FIGURES[key].description).optional()]),
    ) as Record<FigureKey, z.ZodOptional<z.ZodNumber>>,
  )
  .strict();

/** Codes that are pages of their own under /reports/. */
const RESERVED_CODES = ['figures'];

export const reportSchema = catalogueEntry({
  code: label(code(), '编码', '也是文件名，如 fzzf-2025'),
  kind: label(oneOf(REPORT_KINDS), '报告类别'),
  year: label(z.number({ error: '应为年份（数字）' }).int().min(2000).max(2100), '报告年度', '报告所述的年度'),
  title: label(text(), '标题'),
  docNo: label(z.string().regex(/^.+〔\d{4}〕\d+号$/, '应为文号，年份用六角括号〔〕，如 示防办〔2025〕3号'), '文号').optional(),
  issuer: label(text(), '发布机构'),
  writtenDate: label(isoDate(), '成文日期'),
  original: label(document(), '原件', '原始 PDF 或 Word 文件').optional(),
  disclosureTables: label(disclosureTablesSchema, '政府信息公开年报统计表', '政府信息公开工作年度报告第二至四部分的统计表，按国家统一格式填写').optional(),
  figures: label(figuresSchema, '主要数据', '用于跨年度对比的关键数字').optional(),
})
  .superRefine((report, ctx) => {
    if (RESERVED_CODES.includes(report.code)) {
      ctx.addIssue({ code: 'custom', path: ['code'], message: `“${report.code}”是年度报告栏目中已有页面的地址，请换一个编码` });
    }
    if (report.writtenDate > report.publishDate) {
      ctx.addIssue({ code: 'custom', path: ['writtenDate'], message: `不能晚于发布日期 ${report.publishDate}` });
    }
    if (Number(report.writtenDate.slice(0, 4)) < report.year) {
      ctx.addIssue({ code: 'custom', path: ['writtenDate'], message: `成文日期不能早于报告年度 ${report.year}` });
    }
  })
  .superRefine((report, ctx) => {
    const tables = report.disclosureTables;
    if (report.kind === '政府信息公开工作年度报告' && !tables) {
      ctx.addIssue({ code: 'custom', path: ['disclosureTables'], message: '政府信息公开工作年度报告必须按国家统一格式填写第二至四部分的统计表（disclosureTables）' });
    }
    if (report.kind !== '政府信息公开工作年度报告' && tables) {
      ctx.addIssue({ code: 'custom', path: ['disclosureTables'], message: `只有政府信息公开工作年度报告填写此项，本报告为${report.kind}` });
    }
    if (!tables) return;
    // Every balance rule, each located at the cell it fixes, so that staff see the line to correct.
    for (const issue of balanceIssues(tables)) {
      ctx.addIssue({ code: 'custom', path: ['disclosureTables', ...issue.path], message: formatBalanceIssue(issue) });
    }
    // A figure the report declares must agree with the same number in its own tables.
    const fromTables = figuresFromTables(tables);
    for (const key of Object.keys(fromTables) as FigureKey[]) {
      const declared = report.figures?.[key];
      const stated = fromTables[key];
      if (declared !== undefined && stated !== undefined && declared !== stated) {
        ctx.addIssue({ code: 'custom', path: ['figures', key], message: `与${TABLE_FIGURE_SOURCES[key]}（${formatNumber(stated)}）不一致，实际填写 ${formatNumber(declared)}` });
      }
    }
  });

export type Report = z.infer<typeof reportSchema>;
export type DisclosureTables = z.infer<typeof disclosureTablesSchema>;
