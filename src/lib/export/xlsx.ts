// Sheets as an .xlsx workbook (exceljs). Codes, dates and every other text are string cells
// formatted as text ('@'), so a spreadsheet keeps 基本编码's leading zeros and never turns a code
// into a number or a date; amounts stay numbers. A string cell is never a formula, so nothing
// here needs the CSV's formula neutralising.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { CELL_LIMIT, type Sheet } from './table.ts';

/** Excel's limit is 31 characters and no []:*?/\ in a sheet name; names must be unique. */
export function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || 'Sheet';
  let candidate = base;
  for (let n = 2; taken.has(candidate); n++) candidate = `${base.slice(0, 28)}_${n}`;
  taken.add(candidate);
  return candidate;
}

/**
 * exceljs stamps the workbook and every zip entry with the clock, so two builds of the same content
 * would differ. Both get this fixed date instead (the zip format's epoch): it is no publish date, and
 * the data's own dates are in its columns.
 */
const FIXED = new Date('1980-01-01T00:00:00Z');

export async function toXlsx(sheets: readonly Sheet[]): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = FIXED;
  workbook.modified = FIXED;
  const taken = new Set<string>();
  const textStyle: Partial<ExcelJS.Style> = { numFmt: '@' };
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheetName(sheet.name, taken), { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.addRow(sheet.header).font = { bold: true };
    sheet.columns.forEach((exported, index) => {
      const column = worksheet.getColumn(index + 1);
      column.width = Math.min(40, Math.max(10, exported.header.length * 2 + 2));
      if (exported.column.kind !== 'number' && exported.column.kind !== 'integer') column.numFmt = '@';
    });
    sheet.rows.forEach((row, rowIndex) => {
      // Excel cuts a longer cell and calls the file damaged: better to say so than to hand it out.
      const long = row.findIndex((text) => text.length > CELL_LIMIT);
      if (long >= 0) throw new Error(`「${sheet.name}」第 ${rowIndex + 2} 行“${sheet.header[long]}”有 ${row[long]!.length} 个字符，超过 Excel 单元格的上限 ${CELL_LIMIT}`);
      const added = worksheet.addRow(row.map((text, index) => {
        const kind = sheet.columns[index]!.column.kind;
        const numeric = (kind === 'number' || kind === 'integer') && !sheet.columns[index]!.nameOf && text !== '' && Number.isFinite(Number(text));
        return numeric ? Number(text) : text;
      }));
      added.eachCell((cell, col) => {
        const kind = sheet.columns[col - 1]!.column.kind;
        // One style object for every text cell: exceljs works a style out once per object, not per cell.
        if (kind !== 'number' && kind !== 'integer') cell.style = textStyle;
      });
    });
  }
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  zip.forEach((_path, entry) => {
    entry.date = FIXED;
  });
  // A plain ArrayBuffer-backed array, which a Response body accepts.
  return Uint8Array.from(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}
