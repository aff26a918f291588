// Spreadsheet headers → table columns. The schema's labels are the headers the site exports;
// offices' own sheets (the provincial 权力运行 system, 执法证 registers, 双随机 platforms) use a few
// other names for the same columns, listed here. Spaces, "*" and （必填） marks are ignored.
import { NAME_SUFFIX, type TableColumn } from '../export/table.ts';

/** Our label → other headers offices use for it. */
export const HEADER_VARIANTS: Record<string, string[]> = {
  事项名称: ['权力事项名称', '权责事项名称', '事项'],
  事项编码: ['权力事项编码', '权责事项编码', '事项代码', '权力编码'],
  权力类型: ['事项类型', '权力类别', '职权类别'],
  设定依据: ['法律依据', '依据'],
  实施主体: ['实施机关', '实施主体编码', '实施主体代码'],
  承办机构: ['承办处室', '承办科室', '内设机构'],
  执法证号: ['证件号码', '执法证件号', '执法证件号码', '执法证编号', '证号'],
  姓名: ['执法人员姓名', '人员姓名'],
  所属执法主体: ['执法主体', '执法主体代码', '所属单位代码'],
  所在处室: ['所在部门', '处室'],
  执法类别: ['执法门类', '执法种类'],
  证件状态: ['状态'],
  证件有效期至: ['有效期至', '证件有效期'],
  统一社会信用代码: ['社会信用代码', '统一信用代码', '信用代码', '行政相对人代码', '相对人代码'],
  行政相对人名称: ['相对人名称', '当事人名称', '当事人'],
  相对人类别: ['行政相对人类别', '当事人类别'],
  法定代表人: ['法定代表人姓名', '负责人', '法定代表人（负责人）'],
  决定书文号: ['行政处罚决定书文号', '处罚决定书文号', '处罚文号'],
  行政许可决定文书号: ['许可文书号', '许可决定书文号', '决定文书号'],
  处罚决定日期: ['决定日期', '处罚日期'],
  许可决定日期: ['决定日期', '许可日期'],
  检查对象名称: ['检查对象', '企业名称', '单位名称', '市场主体名称'],
  检查日期: ['抽查日期', '检查时间'],
  检查结果: ['抽查结果', '结果'],
  发现的问题: ['存在问题', '发现问题'],
  后续处置: ['处理情况', '处置情况'],
  年度: ['计划年度', '年份'],
};

export function normaliseHeader(header: string): string {
  return header
    .replace(/[\s\u3000*＊]/g, '')
    .replace(/[(（]必填[)）]/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）');
}

export interface HeaderMatch {
  /** Column index (0-based) → the table column it fills. */
  columns: Map<number, TableColumn>;
  /** Headers that are our own derived name columns: read past silently. */
  derived: number[];
  /** Headers nothing matched. */
  unknown: { index: number; header: string }[];
  /** Two headers for one field. */
  duplicate: { index: number; header: string; first: number }[];
}

export function matchHeaders(headers: readonly (string | undefined)[], columns: readonly TableColumn[]): HeaderMatch {
  const byLabel = new Map<string, TableColumn>();
  for (const column of columns) byLabel.set(normaliseHeader(column.label), column);
  // Variants only where they do not shadow a label of this table (决定日期 is a variant of both
  // 处罚决定日期 and 许可决定日期, but each table has only one of them).
  const byVariant = new Map<string, TableColumn>();
  for (const column of columns) {
    // "行政相对人·统一社会信用代码" is also found under its own title, as offices write it.
    const own = column.label.split('·').at(-1)!;
    for (const variant of [own, ...(HEADER_VARIANTS[column.label] ?? HEADER_VARIANTS[own] ?? [])]) {
      const key = normaliseHeader(variant);
      if (!byLabel.has(key) && !byVariant.has(key)) byVariant.set(key, column);
    }
  }
  const match: HeaderMatch = { columns: new Map(), derived: [], unknown: [], duplicate: [] };
  const firstAt = new Map<TableColumn, number>();
  headers.forEach((header, index) => {
    if (header === undefined || header.trim() === '') return;
    const key = normaliseHeader(header);
    const column = byLabel.get(key) ?? byVariant.get(key);
    if (!column) {
      const base = key.endsWith(NAME_SUFFIX) ? byLabel.get(key.slice(0, -NAME_SUFFIX.length)) : undefined;
      if (base?.ref) match.derived.push(index);
      else match.unknown.push({ index, header });
      return;
    }
    const first = firstAt.get(column);
    if (first !== undefined) {
      match.duplicate.push({ index, header, first });
      return;
    }
    firstAt.set(column, index);
    match.columns.set(index, column);
  });
  return match;
}

/** Spreadsheet column letters: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
