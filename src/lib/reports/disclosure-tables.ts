// The statistical tables of the 政府信息公开工作年度报告 in the national format (国办公开办函〔2021〕30号),
// sections 二 to 四: their rows and columns, and the balance rules the numbers must satisfy.
// Real published reports often fail these sums; here an unbalanced table is refused before publishing.

export interface Labelled<K extends string = string> {
  key: K;
  label: string;
}

/** Section 三: the applicant columns. 商业企业 to 其他 are the five kinds of 法人或其他组织. */
export const APPLICANT_COLUMNS = [
  { key: 'naturalPerson', label: '自然人' },
  { key: 'commercial', label: '商业企业' },
  { key: 'research', label: '科研机构' },
  { key: 'publicInterest', label: '社会公益组织' },
  { key: 'legalService', label: '法律服务机构' },
  { key: 'other', label: '其他' },
] as const satisfies readonly Labelled[];
export const LEGAL_PERSON_GROUP = '法人或其他组织';
export const TOTAL_COLUMN = { key: 'total', label: '总计' } as const;
export const REQUEST_COLUMNS = [...APPLICANT_COLUMNS, TOTAL_COLUMN] as const;
export type ApplicantKey = (typeof APPLICANT_COLUMNS)[number]['key'];
export type RequestColumnKey = (typeof REQUEST_COLUMNS)[number]['key'];
/** One row of section 三: a count per applicant column and their 总计. */
export type RequestRow = Record<RequestColumnKey, number>;

/** Section 三, part 三 (本年度办理结果): （一）（二） are single rows, （三）–（六） split by reason. */
export const RESULT_GROUPS = [
  { key: 'disclosed', label: '（一）予以公开' },
  { key: 'partlyDisclosed', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）' },
  {
    key: 'withheld',
    label: '（三）不予公开',
    reasons: [
      { key: 'stateSecret', label: '1.属于国家秘密' },
      { key: 'prohibitedByLaw', label: '2.其他法律行政法规禁止公开' },
      { key: 'security', label: '3.危及“三安全一稳定”' },
      { key: 'thirdParty', label: '4.保护第三方合法权益' },
      { key: 'internalAffairs', label: '5.属于三类内部事务信息' },
      { key: 'processInfo', label: '6.属于四类过程性信息' },
      { key: 'enforcementFile', label: '7.属于行政执法案卷' },
      { key: 'administrativeQuery', label: '8.属于行政查询事项' },
    ],
  },
  {
    key: 'unavailable',
    label: '（四）无法提供',
    reasons: [
      { key: 'notHeld', label: '1.本机关不掌握相关政府信息' },
      { key: 'needsCreation', label: '2.没有现成信息需要另行制作' },
      { key: 'stillUnclear', label: '3.补正后申请内容仍不明确' },
    ],
  },
  {
    key: 'notProcessed',
    label: '（五）不予处理',
    reasons: [
      { key: 'complaint', label: '1.信访举报投诉类申请' },
      { key: 'repeated', label: '2.重复申请' },
      { key: 'publication', label: '3.要求提供公开出版物' },
      { key: 'excessive', label: '4.无正当理由大量反复申请' },
      { key: 'confirmation', label: '5.要求行政机关确认或重新出具已获取信息' },
    ],
  },
  {
    key: 'otherHandling',
    label: '（六）其他处理',
    reasons: [
      { key: 'noCorrection', label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请' },
      { key: 'unpaidFee', label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请' },
      { key: 'other', label: '3.其他' },
    ],
  },
] as const;

export const REQUEST_PARTS = {
  received: '一、本年新收政府信息公开申请数量',
  carriedOver: '二、上年结转政府信息公开申请数量',
  results: '三、本年度办理结果',
  resultsTotal: '（七）总计',
  carriedForward: '四、结转下年度继续办理',
} as const;

type GroupOf<K extends string> = Extract<(typeof RESULT_GROUPS)[number], { key: K }>;
type ReasonKey<K extends string> = GroupOf<K> extends { reasons: readonly { key: infer R }[] } ? R & string : never;
export interface RequestResults {
  disclosed: RequestRow;
  partlyDisclosed: RequestRow;
  withheld: Record<ReasonKey<'withheld'>, RequestRow>;
  unavailable: Record<ReasonKey<'unavailable'>, RequestRow>;
  notProcessed: Record<ReasonKey<'notProcessed'>, RequestRow>;
  otherHandling: Record<ReasonKey<'otherHandling'>, RequestRow>;
  total: RequestRow;
}

export interface RequestTable {
  received: RequestRow;
  carriedOver: RequestRow;
  results: RequestResults;
  carriedForward: RequestRow;
}

/** Section 四: 行政复议 and the two kinds of 行政诉讼, each with four results and their 总计. */
export const REVIEW_COLUMNS = [
  { key: 'upheld', label: '结果维持' },
  { key: 'corrected', label: '结果纠正' },
  { key: 'other', label: '其他结果' },
  { key: 'pending', label: '尚未审结' },
  { key: 'total', label: '总计' },
] as const;
export type ReviewColumnKey = (typeof REVIEW_COLUMNS)[number]['key'];
export type ReviewRow = Record<ReviewColumnKey, number>;
export const REVIEW_ROWS = [
  { key: 'review', label: '行政复议' },
  { key: 'directLitigation', label: '行政诉讼（未经复议直接起诉）' },
  { key: 'litigationAfterReview', label: '行政诉讼（复议后起诉）' },
] as const;
export type ReviewTable = Record<(typeof REVIEW_ROWS)[number]['key'], ReviewRow>;

export const TABLE_TITLES = {
  proactive: '二、主动公开政府信息情况',
  requests: '三、收到和处理政府信息公开申请情况',
  reviews: '四、政府信息公开行政复议、行政诉讼情况',
} as const;

/** Every data row of section 三's results, in table order, with its path below `results`. */
export function resultRows(results: RequestResults): { path: string[]; group: string; label: string; row: RequestRow }[] {
  const rows: { path: string[]; group: string; label: string; row: RequestRow }[] = [];
  for (const group of RESULT_GROUPS) {
    if ('reasons' in group) {
      const reasons = results[group.key] as Record<string, RequestRow>;
      for (const reason of group.reasons) {
        rows.push({ path: [group.key, reason.key], group: group.label, label: reason.label, row: reasons[reason.key] as RequestRow });
      }
    } else {
      rows.push({ path: [group.key], group: group.label, label: group.label, row: results[group.key] });
    }
  }
  return rows;
}

/** One broken balance rule, located at the cell that the rule fixes. */
export interface BalanceIssue {
  /** Path below the report's disclosureTables block. */
  path: (string | number)[];
  table: string;
  row: string;
  column: string;
  /** What the rule requires, in words. */
  rule: string;
  expected: number;
  found: number;
}

/** "“（七）总计”行“自然人”列：应等于（一）至（六）各项之和，期望 5，实际 6" with the table in front. */
export function formatBalanceIssue(issue: BalanceIssue): string {
  return `“${issue.table}”表，“${issue.row}”行“${issue.column}”列：${issue.rule}，期望 ${issue.expected}，实际 ${issue.found}`;
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** The balance rules of section 三. Every broken one is returned, not only the first. */
export function requestTableIssues(table: RequestTable): BalanceIssue[] {
  const issues: BalanceIssue[] = [];
  const results = resultRows(table.results);
  const tableTitle = TABLE_TITLES.requests;

  // 总计 column = the six applicant columns, on every row.
  const rows: { path: string[]; label: string; row: RequestRow }[] = [
    { path: ['received'], label: REQUEST_PARTS.received, row: table.received },
    { path: ['carriedOver'], label: REQUEST_PARTS.carriedOver, row: table.carriedOver },
    ...results.map((r) => ({ path: ['results', ...r.path], label: r.path.length > 1 ? `${r.group}：${r.label}` : r.label, row: r.row })),
    { path: ['results', 'total'], label: REQUEST_PARTS.resultsTotal, row: table.results.total },
    { path: ['carriedForward'], label: REQUEST_PARTS.carriedForward, row: table.carriedForward },
  ];
  for (const { path, label, row } of rows) {
    const expected = sum(APPLICANT_COLUMNS.map((column) => row[column.key]));
    if (row.total !== expected) {
      issues.push({ path: ['requests', ...path, 'total'], table: tableTitle, row: label, column: TOTAL_COLUMN.label, rule: '总计应等于自然人和法人或其他组织各列之和', expected, found: row.total });
    }
  }

  for (const column of REQUEST_COLUMNS) {
    // （七）总计 = （一） to （六）.
    const expectedTotal = sum(results.map((r) => r.row[column.key]));
    const total = table.results.total[column.key];
    if (total !== expectedTotal) {
      issues.push({ path: ['requests', 'results', 'total', column.key], table: tableTitle, row: REQUEST_PARTS.resultsTotal, column: column.label, rule: '应等于（一）至（六）各项之和', expected: expectedTotal, found: total });
    }
    // 一 + 二 = 三（七） + 四, checked at 四 because that is the figure the other three determine.
    const expectedForward = table.received[column.key] + table.carriedOver[column.key] - total;
    const forward = table.carriedForward[column.key];
    if (forward !== expectedForward) {
      issues.push({
        path: ['requests', 'carriedForward', column.key],
        table: tableTitle,
        row: REQUEST_PARTS.carriedForward,
        column: column.label,
        rule: `第一项加第二项应等于第三项（七）加第四项（${table.received[column.key]} + ${table.carriedOver[column.key]} − ${total}）`,
        expected: expectedForward,
        found: forward,
      });
    }
  }
  return issues;
}

/** Section 四: each 总计 equals its four results. */
export function reviewTableIssues(table: ReviewTable): BalanceIssue[] {
  return REVIEW_ROWS.flatMap(({ key, label }) => {
    const row = table[key];
    const expected = row.upheld + row.corrected + row.other + row.pending;
    return row.total === expected
      ? []
      : [{ path: ['reviews', key, 'total'], table: TABLE_TITLES.reviews, row: label, column: '总计', rule: '总计应等于结果维持、结果纠正、其他结果、尚未审结之和', expected, found: row.total }];
  });
}

export function balanceIssues(tables: { requests: RequestTable; reviews: ReviewTable }): BalanceIssue[] {
  return [...requestTableIssues(tables.requests), ...reviewTableIssues(tables.reviews)];
}

/** One row of section 三 as it is drawn: group rows (三、本年度办理结果, （三）不予公开 …) have no values. */
export interface RequestDisplayRow {
  /** Unique within the table; the page prefixes it. */
  id: string;
  label: string;
  /** 0 for 一 to 四, 1 for （一） to （七）, 2 for the numbered reasons. */
  level: 0 | 1 | 2;
  /** Ids of the group rows this row belongs to, outermost first, for the cells' `headers`. */
  groups: string[];
  values?: number[];
}

/** Section 三 in the order of the national form, with the values in REQUEST_COLUMNS order. */
export function requestDisplayRows(table: RequestTable): RequestDisplayRow[] {
  const values = (row: RequestRow) => REQUEST_COLUMNS.map((column) => row[column.key]);
  const rows: RequestDisplayRow[] = [
    { id: 'received', label: REQUEST_PARTS.received, level: 0, groups: [], values: values(table.received) },
    { id: 'carried-over', label: REQUEST_PARTS.carriedOver, level: 0, groups: [], values: values(table.carriedOver) },
    { id: 'results', label: REQUEST_PARTS.results, level: 0, groups: [] },
  ];
  // The rows of resultRows, with a heading row before the first reason of each split group.
  for (const { path, group, label, row } of resultRows(table.results)) {
    const [groupKey = '', reasonKey] = path;
    if (reasonKey === undefined) {
      rows.push({ id: groupKey, label, level: 1, groups: ['results'], values: values(row) });
      continue;
    }
    if (rows.at(-1)?.groups[1] !== groupKey) rows.push({ id: groupKey, label: group, level: 1, groups: ['results'] });
    rows.push({ id: `${groupKey}-${reasonKey}`, label, level: 2, groups: ['results', groupKey], values: values(row) });
  }
  rows.push(
    { id: 'results-total', label: REQUEST_PARTS.resultsTotal, level: 1, groups: ['results'], values: values(table.results.total) },
    { id: 'carried-forward', label: REQUEST_PARTS.carriedForward, level: 0, groups: [], values: values(table.carriedForward) },
  );
  return rows;
}
