// Key figures a report can declare, compared across years on the figures page. The list is fixed so
// that the same figure means the same thing in every year's report, whichever kind of report states it.
import { REPORT_KINDS, type ReportKind } from './kinds.ts';

export const FIGURES = {
  permitsDecided: { label: '行政许可决定', unit: '件', description: '本年作出的行政许可决定件数' },
  qualityInspections: { label: '人防工程质量监督检查', unit: '项次', description: '对在建人防工程开展的质量监督检查' },
  maintenanceInspections: { label: '已建人防工程维护管理检查', unit: '处', description: '对已建人防工程开展的维护管理检查' },
  spotCheckedEnterprises: { label: '“双随机、一公开”抽查企业', unit: '家', description: '按年度抽查计划实际检查的企业' },
  penaltyDecisions: { label: '行政处罚决定', unit: '件', description: '本年作出的行政处罚决定件数' },
  fineAmount: { label: '罚款金额', unit: '万元', description: '本年行政处罚决定的罚款合计' },
  reviewApplications: { label: '行政复议申请', unit: '件', description: '本年收到的、以本机关为被申请人的行政复议申请' },
  proactiveItems: { label: '主动公开政府信息', unit: '条', description: '本年主动公开的政府信息条数' },
  disclosureRequests: { label: '新收政府信息公开申请', unit: '件', description: '本年新收的政府信息公开申请' },
} as const;

export type FigureKey = keyof typeof FIGURES;
export const FIGURE_KEYS = Object.keys(FIGURES) as FigureKey[];
export type Figures = Partial<Record<FigureKey, number>>;

/** "12.2", "1268.4", "57": at most two decimals, no trailing zeros. */
export function formatNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** Amounts in 万元 as the national tables print them, with two decimals. */
export function formatAmount(value: number): string {
  return value.toFixed(2);
}

export interface FigureSource {
  id: string;
  title: string;
  kind: ReportKind;
  year: number;
  figures: Figures;
}

export interface FigurePoint {
  year: number;
  value: number;
  /** The reports that state this value. */
  sources: { id: string; title: string }[];
}

export interface FigureSeries {
  key: FigureKey;
  label: string;
  unit: string;
  description: string;
  points: FigurePoint[];
}

/** Two reports of the same year stating different values for one figure. */
export interface FigureConflict {
  key: FigureKey;
  year: number;
  values: { id: string; value: number }[];
}

/** Each figure's values by year, oldest first; figures no report states are left out. */
export function figureSeries(reports: FigureSource[]): { series: FigureSeries[]; conflicts: FigureConflict[] } {
  const series: FigureSeries[] = [];
  const conflicts: FigureConflict[] = [];
  for (const key of FIGURE_KEYS) {
    const byYear = new Map<number, { id: string; title: string; value: number }[]>();
    // Sources of one year are named in the order of the kinds, whatever order the reports came in.
    const ordered = [...reports].sort((a, b) => REPORT_KINDS.indexOf(a.kind) - REPORT_KINDS.indexOf(b.kind) || a.id.localeCompare(b.id));
    for (const report of ordered) {
      const value = report.figures[key];
      if (value === undefined) continue;
      byYear.set(report.year, [...(byYear.get(report.year) ?? []), { id: report.id, title: report.title, value }]);
    }
    if (byYear.size === 0) continue;
    const points = [...byYear.entries()]
      .sort(([a], [b]) => a - b)
      .map(([year, stated]) => {
        const values = [...new Set(stated.map((s) => s.value))];
        if (values.length > 1) conflicts.push({ key, year, values: stated.map(({ id, value }) => ({ id, value })) });
        return { year, value: (stated[0] as { value: number }).value, sources: stated.map(({ id, title }) => ({ id, title })) };
      });
    series.push({ key, ...FIGURES[key], points });
  }
  return { series, conflicts };
}

export function describeConflict(conflict: FigureConflict): string {
  const figure = FIGURES[conflict.key];
  return `${conflict.year} 年的“${figure.label}”在各报告中不一致：${conflict.values.map((v) => `content/reports/${v.id}.md 为 ${formatNumber(v.value)}${figure.unit}`).join('，')}`;
}

/** Change from the year before, for the table: "+6", "−1.5", "0"; undefined without a previous year. */
export function change(points: FigurePoint[], index: number): string | undefined {
  const current = points[index];
  const previous = points[index - 1];
  if (!current || !previous || previous.year !== current.year - 1) return undefined;
  const delta = Math.round((current.value - previous.value) * 100) / 100;
  return delta > 0 ? `+${formatNumber(delta)}` : delta < 0 ? `−${formatNumber(-delta)}` : '0';
}

interface TablesWithFigures {
  proactive: { permits: number; penalties: number };
  requests: { received: { total: number } };
}

/** Figures an information-disclosure report already states in its tables. */
export function figuresFromTables(tables: TablesWithFigures): Figures {
  return {
    permitsDecided: tables.proactive.permits,
    penaltyDecisions: tables.proactive.penalties,
    disclosureRequests: tables.requests.received.total,
  };
}

/** Where each figure derived from the tables is written in them, for the schema's messages. */
export const TABLE_FIGURE_SOURCES: Partial<Record<FigureKey, string>> = {
  permitsDecided: '“二、主动公开政府信息情况”表的行政许可处理决定数量',
  penaltyDecisions: '“二、主动公开政府信息情况”表的行政处罚处理决定数量',
  disclosureRequests: '“三、收到和处理政府信息公开申请情况”表的本年新收总计',
};

/** A report's figures: those it declares, and those its tables give. */
export function reportFigures(report: { figures?: Figures; disclosureTables?: TablesWithFigures }): Figures {
  return { ...(report.disclosureTables ? figuresFromTables(report.disclosureTables) : {}), ...report.figures };
}

/** The page that compares the figures across years, below the reports list (its URL passed in). */
export function figuresPath(reportsList: string): string {
  return `${reportsList}figures/`;
}
