// 财政预决算 figures: the sums a budget table must add up to, checked in whole cents so that
// 0.1 + 0.2 never fails, and the series of one table's total across years for the chart.

export interface FinanceRow {
  item: string;
  amount: number;
  /** Sub-items that make up the row (公务用车购置费 and 运行费 under 公务用车购置及运行费). */
  parts?: { item: string; amount: number }[];
}

export interface FinanceTable {
  name: string;
  rows: FinanceRow[];
  total: number;
}

export interface SumProblem {
  /** Where in the entry, as zod paths go: ['tables', 1, 'total']. */
  path: (string | number)[];
  message: string;
}

const cents = (value: number) => Math.round(value * 100);
export const formatWan = (value: number) => (Math.round(value * 100) / 100).toFixed(2);

/** Every total that does not equal the sum of what it totals, named by table, row, expected and found. */
export function sumProblems(tables: readonly FinanceTable[]): SumProblem[] {
  const problems: SumProblem[] = [];
  tables.forEach((table, t) => {
    table.rows.forEach((row, r) => {
      if (!row.parts || row.parts.length === 0) return;
      const expected = row.parts.reduce((sum, part) => sum + cents(part.amount), 0);
      if (expected !== cents(row.amount)) {
        problems.push({
          path: ['tables', t, 'rows', r, 'amount'],
          message: `表“${table.name}”第 ${r + 1} 行“${row.item}”应为各分项之和 ${formatWan(expected / 100)}，填写的是 ${formatWan(row.amount)}`,
        });
      }
    });
    const expected = table.rows.reduce((sum, row) => sum + cents(row.amount), 0);
    if (expected !== cents(table.total)) {
      problems.push({ path: ['tables', t, 'total'], message: `表“${table.name}”合计应为各行之和 ${formatWan(expected / 100)}，填写的是 ${formatWan(table.total)}` });
    }
  });
  return problems;
}

export interface FinanceSource {
  id: string;
  year: number;
  /** 部门预算 or 部门决算: budgets and final accounts are separate series. */
  type: string;
  tables: readonly FinanceTable[];
}

export interface FinanceSeries {
  key: string;
  type: string;
  table: string;
  points: { year: number; value: number; id: string }[];
}

/** One series per type and table name, its points in year order: what the chart across years draws. */
export function financeSeries(sources: readonly FinanceSource[]): FinanceSeries[] {
  const series = new Map<string, FinanceSeries>();
  for (const source of sources) {
    for (const table of source.tables) {
      const key = `${source.type}：${table.name}`;
      const entry = series.get(key) ?? { key, type: source.type, table: table.name, points: [] };
      entry.points.push({ year: source.year, value: table.total, id: source.id });
      series.set(key, entry);
    }
  }
  return [...series.values()].map((s) => ({ ...s, points: [...s.points].sort((a, b) => a.year - b.year) }));
}
