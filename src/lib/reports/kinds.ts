// The three kinds of annual report an office publishes, in the order the site lists them.
export const REPORT_KINDS = ['法治政府建设年度报告', '政府信息公开工作年度报告', '行政执法统计年报'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
