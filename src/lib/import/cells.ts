// A spreadsheet cell as the value a content field holds. Spreadsheets store what people type in
// their own way: dates as Date cells or serial numbers, codes as numbers (losing leading zeros),
// rich text in runs. Each cell becomes the field's value, or one Chinese problem saying what is
// wrong and what is expected.
import { isRealIsoDate } from '../dates.ts';
import { LIST_SEPARATOR, type TableColumn } from '../export/table.ts';

/** What a cell holds once exceljs's wrappers (rich text, links, formulas) are taken off. */
export type RawCell = string | number | boolean | Date | undefined;

export function rawCell(value: unknown): RawCell {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    const object = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: unknown };
    if (object.richText) return rawCell(object.richText.map((run) => run.text).join(''));
    if ('result' in object) return rawCell(object.result);
    if (object.text !== undefined) return rawCell(object.text);
  }
  return undefined;
}

function jsonStrings(text: string): string[] | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : undefined;
  } catch {
    return undefined;
  }
}

export type CellResult = { value: unknown; note?: string } | { problem: string; expected: string };

/** Excel's day 0 is 1899-12-30 (its 1900 leap-year bug folded in). */
export function serialToIso(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + Math.round(serial) * 86_400_000).toISOString().slice(0, 10);
}

/** 2025/3/1, 2025.3.1, 2025年3月1日 → 2025-03-01; anything else is left for the schema to judge. */
export function normaliseDateText(text: string): string {
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text.trim());
  if (!match) return text.trim();
  return `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
}

const DATE_EXPECTED = '日期 YYYY-MM-DD，建议把该列设为文本格式';

export function parseCell(column: TableColumn, raw: RawCell): CellResult {
  if (raw === undefined) return { value: (column.kind === 'list' || column.kind === 'enumList') && column.required ? [] : undefined };
  if (raw instanceof Date) {
    if (column.kind !== 'date') return { problem: `单元格被存成了日期（${raw.toISOString().slice(0, 10)}）`, expected: '文本，请把该列设为文本格式后照原样填写' };
    return { value: raw.toISOString().slice(0, 10) };
  }
  switch (column.kind) {
    case 'date': {
      if (typeof raw === 'number') {
        if (!Number.isInteger(raw) || raw < 1 || raw > 2_958_465) return { problem: `数字 ${raw} 不是日期`, expected: DATE_EXPECTED };
        const iso = serialToIso(raw);
        return { value: iso, note: `日期以 Excel 序列号 ${raw} 存放，已按 ${iso} 读入` };
      }
      const text = normaliseDateText(String(raw));
      return isRealIsoDate(text) ? { value: text } : { problem: `“${String(raw)}”不是真实日期`, expected: DATE_EXPECTED };
    }
    case 'code':
      if (typeof raw === 'number') {
        return { problem: `编码被存成了数字 ${raw}，开头的 0 可能已经丢失`, expected: '文本：把该列设为文本格式，照原编码（含开头的 0）重新填写' };
      }
      return { value: String(raw).trim() };
    case 'number':
    case 'integer': {
      const number = typeof raw === 'number' ? raw : Number(String(raw).replace(/[,，\s]/g, ''));
      if (typeof raw === 'boolean' || !Number.isFinite(number)) return { problem: `“${String(raw)}”不是数字`, expected: column.kind === 'integer' ? '整数' : '数字' };
      return { value: number };
    }
    case 'boolean': {
      if (typeof raw === 'boolean') return { value: raw };
      const text = String(raw).trim();
      if (['是', '有', 'TRUE', 'true'].includes(text)) return { value: true };
      if (['否', '无', 'FALSE', 'false'].includes(text)) return { value: false };
      return { problem: `“${text}”不是“是”或“否”`, expected: '是 或 否' };
    }
    case 'list':
    case 'enumList': {
      const text = String(raw);
      if (column.kind === 'list') {
        // Items with line breaks of their own, as the export keeps them (listCellText).
        const array = /^\s*\[\s*"/.test(text) ? jsonStrings(text) : undefined;
        if (array) return { value: array };
      }
      // Enumerated values never contain punctuation, so 、 and commas separate them too. Text items
      // one a line may hold a "；" of their own, so a cell with line breaks splits on them alone.
      const separators = column.kind === 'enumList' ? /[；;、，,\n]/ : /\r?\n/.test(text.trim()) ? /\r?\n/ : /[；;]/;
      const items = text.split(separators).map((item) => item.trim()).filter(Boolean);
      return { value: items };
    }
    case 'json':
      try {
        return { value: JSON.parse(String(raw)) };
      } catch {
        return { problem: '不是本站导出的结构化内容', expected: '保持导出时的原样（JSON 文本），或在 content/ 的文件中修改' };
      }
    default:
      return { value: typeof raw === 'string' ? raw.trim() : String(raw) };
  }
}

export { LIST_SEPARATOR };
