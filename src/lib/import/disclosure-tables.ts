// The statistics tables of a 政府信息公开工作年度报告 (sections 二 to 四 of the national form) read
// from the Word tables into the structured block the balance checks read (disclosureTables).
// Tables arrive as grids with every merged cell's text repeated in each position it covers, so a
// column is named by the header texts above it (法人或其他组织 › 商业企业, 行政诉讼 › 复议后起诉 ›
// 结果维持) and a row by the label cells before its numbers (三、本年度办理结果 › （三）不予公开 ›
// 1.属于国家秘密). Rows are found by their label, not their position, so a table split across pages
// or with an extra column still reads; anything missing or unbalanced is a problem naming table,
// row and column.
import {
  APPLICANT_COLUMNS, REQUEST_COLUMNS, REQUEST_PARTS, RESULT_GROUPS, REVIEW_COLUMNS, REVIEW_ROWS, TABLE_TITLES,
  balanceIssues, formatBalanceIssue, type RequestRow, type RequestTable, type ReviewRow, type ReviewTable,
} from '../reports/disclosure-tables.ts';

/** Text compared without spaces, quotes, brackets' width or list punctuation. */
export function normaliseLabel(text: string): string {
  return text
    .replace(/[\s\u3000“”"'‘’]/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/[．、]/g, '.')
    .replace(/：/g, ':');
}

/** A count as offices type it: full-width digits, thousands separators; blank or a dash is none. */
export function parseCount(text: string): number | undefined {
  const value = text.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)).replace(/[,，\s\u3000]/g, '');
  if (/^[-—–/／]+$/.test(value)) return 0;
  return /^\d+(\.\d+)?$/.test(value) ? Number(value) : undefined;
}

interface Row {
  labels: string[];
  values: number[];
  /** Column index of each value. */
  at: number[];
}

/** Data rows (label cells, then numbers) and, per column, the header texts above the first of them. */
function readGrid(grid: string[][]): { headers: string[][]; rows: Row[] } {
  const rows: Row[] = [];
  let firstData = -1;
  grid.forEach((cells, index) => {
    const values: number[] = [];
    const at: number[] = [];
    const labels: string[] = [];
    cells.forEach((cell, column) => {
      const number = parseCount(cell);
      if (number !== undefined) {
        values.push(number);
        at.push(column);
      } else if (values.length === 0 && cell.trim() !== '' && labels.at(-1) !== cell) labels.push(cell);
    });
    if (values.length > 0) {
      if (firstData < 0) firstData = index;
      rows.push({ labels, values, at });
    }
  });
  const width = Math.max(0, ...grid.map((r) => r.length));
  const headerRows = firstData < 0 ? grid : grid.slice(0, firstData);
  const headers = Array.from({ length: width }, (_, column) => [...new Set(headerRows.map((r) => (r[column] ?? '').trim()).filter(Boolean))]);
  return { headers, rows };
}

const has = (labels: readonly string[], label: string) => labels.some((l) => normaliseLabel(l).includes(normaliseLabel(label)));
/** "（二）部分公开（区分处理的…）" is matched on its words before the note in brackets. */
const core = (label: string) => label.replace(/（[^）]*只计[^）]*）$/, '');

export interface StatisticsImport {
  tables?: { proactive: unknown; requests: RequestTable; reviews: ReviewTable };
  /** Indexes (into the grids given) of the tables that were read. */
  used: number[];
  problems: string[];
  notes: string[];
}

export function disclosureTablesFromGrids(grids: readonly string[][][]): StatisticsImport {
  const problems: string[] = [];
  const notes: string[] = [];
  const used: number[] = [];
  const read = grids.map(readGrid);
  const find = (test: (headers: string[][], rows: Row[]) => boolean) => read.findIndex(({ headers, rows }) => test(headers, rows));

  // 二: rows 规章, 行政规范性文件 (three counts), 行政许可, 行政处罚, 行政强制 (one), 行政事业性收费 (an amount).
  // Offices sometimes split it into four small tables, so every grid's rows are searched.
  const proactiveRows = read.flatMap((g, index) => g.rows.map((row) => ({ row, index })));
  const proactive: Record<string, unknown> = {};
  const rowNamed = (name: string) => proactiveRows.find(({ row }) => normaliseLabel(row.labels.at(-1) ?? '') === normaliseLabel(name));
  for (const [key, name] of [['regulations', '规章'], ['normativeDocuments', '行政规范性文件']] as const) {
    const found = rowNamed(name);
    if (!found) problems.push(`“${TABLE_TITLES.proactive}”表：找不到“${name}”行`);
    else if (found.row.values.length < 3) problems.push(`“${TABLE_TITLES.proactive}”表，“${name}”行：应有本年制发件数、本年废止件数、现行有效件数三个数，只找到 ${found.row.values.length} 个`);
    else {
      proactive[key] = { issued: found.row.values[0], repealed: found.row.values[1], inForce: found.row.values[2] };
      used.push(found.index);
    }
  }
  for (const [key, name] of [['permits', '行政许可'], ['penalties', '行政处罚'], ['compulsions', '行政强制'], ['fees', '行政事业性收费']] as const) {
    const found = rowNamed(name);
    if (!found) problems.push(`“${TABLE_TITLES.proactive}”表：找不到“${name}”行`);
    else {
      // A cell merged across the three count columns repeats its number; the first is the value.
      proactive[key] = found.row.values[0];
      used.push(found.index);
    }
  }

  // 三: columns 自然人 … 其他, 总计; rows by their labels.
  const requestsAt = find((headers) => headers.some((h) => has(h, '自然人')) && headers.some((h) => has(h, '商业企业')));
  let requests: RequestTable | undefined;
  if (requestsAt < 0) problems.push(`找不到“${TABLE_TITLES.requests}”表（表头应有“自然人”“商业企业”等列）`);
  else {
    used.push(requestsAt);
    const { headers, rows } = read[requestsAt]!;
    const columnAt = new Map<string, number>();
    for (const column of REQUEST_COLUMNS) {
      // 总计 is the last column headed 总计; 其他 is the 其他 under 法人或其他组织.
      const index = headers.findLastIndex((h) => h.length > 0 && normaliseLabel(h.at(-1)!) === normaliseLabel(column.label));
      if (index < 0) problems.push(`“${TABLE_TITLES.requests}”表：找不到“${column.label}”列`);
      else columnAt.set(column.key, index);
    }
    const rowOf = (title: string, test: (labels: string[]) => boolean): RequestRow | undefined => {
      const row = rows.find((r) => test(r.labels));
      if (!row) {
        problems.push(`“${TABLE_TITLES.requests}”表：找不到“${title}”行`);
        return undefined;
      }
      const values = {} as RequestRow;
      for (const column of REQUEST_COLUMNS) {
        const index = columnAt.get(column.key);
        const position = index === undefined ? -1 : row.at.indexOf(index);
        if (position < 0) {
          if (index !== undefined) problems.push(`“${TABLE_TITLES.requests}”表，“${title}”行“${column.label}”列：没有数字`);
          values[column.key] = 0;
        } else values[column.key] = row.values[position]!;
      }
      return values;
    };
    const top = (label: string) => (labels: string[]) => normaliseLabel(labels[0] ?? '').startsWith(normaliseLabel(label).slice(0, 4)) && has(labels, label.slice(2, 8));
    const received = rowOf(REQUEST_PARTS.received, top(REQUEST_PARTS.received));
    const carriedOver = rowOf(REQUEST_PARTS.carriedOver, top(REQUEST_PARTS.carriedOver));
    const carriedForward = rowOf(REQUEST_PARTS.carriedForward, top(REQUEST_PARTS.carriedForward));
    const total = rowOf(`${REQUEST_PARTS.results}${REQUEST_PARTS.resultsTotal}`, (labels) => has(labels, REQUEST_PARTS.resultsTotal));
    const results: Record<string, unknown> = { total };
    for (const group of RESULT_GROUPS) {
      if ('reasons' in group) {
        const reasons: Record<string, RequestRow | undefined> = {};
        for (const reason of group.reasons) {
          reasons[reason.key] = rowOf(`${group.label}${reason.label}`, (labels) => has(labels, group.label) && normaliseLabel(labels.at(-1) ?? '') === normaliseLabel(reason.label));
        }
        results[group.key] = reasons;
      } else {
        results[group.key] = rowOf(group.label, (labels) => normaliseLabel(labels.at(-1) ?? '').startsWith(normaliseLabel(core(group.label))));
      }
    }
    requests = { received, carriedOver, carriedForward, results } as unknown as RequestTable;
  }

  // 四: one row of fifteen numbers under 行政复议 and 行政诉讼 › 未经复议直接起诉 / 复议后起诉.
  const reviewsAt = find((headers) => headers.some((h) => has(h, '行政复议')) && headers.some((h) => has(h, '结果维持')));
  let reviews: ReviewTable | undefined;
  if (reviewsAt < 0) problems.push(`找不到“${TABLE_TITLES.reviews}”表（表头应有“行政复议”“结果维持”等列）`);
  else {
    used.push(reviewsAt);
    const { headers, rows } = read[reviewsAt]!;
    const row = rows[0];
    reviews = {} as ReviewTable;
    for (const { key, label } of REVIEW_ROWS) {
      const values = {} as ReviewRow;
      for (const column of REVIEW_COLUMNS) {
        const index = headers.findIndex((h) => {
          if (h.length === 0 || normaliseLabel(h.at(-1)!) !== normaliseLabel(column.label)) return false;
          if (key === 'review') return has(h, '行政复议') && !has(h, '行政诉讼');
          return has(h, '行政诉讼') && has(h, key === 'directLitigation' ? '未经复议' : '复议后起诉');
        });
        const position = index < 0 || !row ? -1 : row.at.indexOf(index);
        if (position < 0) problems.push(`“${TABLE_TITLES.reviews}”表：找不到“${label}”的“${column.label}”数字`);
        values[column.key] = position < 0 ? 0 : row!.values[position]!;
      }
      reviews[key] = values;
    }
  }

  if (problems.length > 0 || !requests || !reviews) return { used: [...new Set(used)], problems, notes };
  const tables = { proactive, requests, reviews };
  for (const issue of balanceIssues(tables)) problems.push(`统计表不平衡：${formatBalanceIssue(issue)}`);
  if (problems.length > 0) return { used: [...new Set(used)], problems, notes };
  notes.push(`已从 Word 表格读入第二至四部分的统计表（${APPLICANT_COLUMNS.length + 1} 列申请人情况、${REVIEW_ROWS.length} 类复议诉讼），已核对各项合计`);
  return { tables, used: [...new Set(used)].sort((a, b) => a - b), problems, notes };
}
