// An .xlsx file as plain rows (exceljs). Sheets often carry a title line above the headers
// ("2025年权责清单"), so the header row is the first with at least two filled cells.
import ExcelJS from 'exceljs';
import { rawCell } from './cells.ts';
import type { RawSheet } from './plan.ts';

export async function readWorkbook(bytes: Uint8Array): Promise<RawSheet[]> {
  const workbook = new ExcelJS.Workbook();
  // exceljs's typings want a Node Buffer; the bytes are the same.
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheets: RawSheet[] = [];
  workbook.eachSheet((worksheet) => {
    const rows: { number: number; values: unknown[] }[] = [];
    worksheet.eachRow({ includeEmpty: true }, (row, number) => {
      // row.values is 1-based (index 0 is empty).
      const values = Array.isArray(row.values) ? row.values.slice(1) : [];
      rows.push({ number, values });
    });
    const headerAt = rows.findIndex((row) => row.values.filter((value) => rawCell(value) !== undefined).length >= 2);
    if (headerAt < 0) return;
    sheets.push({ name: worksheet.name, firstRow: rows[headerAt]!.number, rows: rows.slice(headerAt).map((row) => row.values) });
  });
  return sheets;
}
