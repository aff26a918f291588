// Open data as an office's spreadsheet user gets it: codes stay text, names stand beside codes,
// one row per item, 双公示 in the credit platform's columns.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/export/csv.ts';
import { axeViolations, openPage, startSite, type Site } from './support.ts';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.stop();
});

const get = async (path: string) => {
  const response = await fetch(`${site.origin}${path}`);
  expect(response.status, path).toBe(200);
  return response;
};

describe('open data', () => {
  it('keeps 基本编码 as text with its leading zeros in the workbook, the 实施主体 named beside its code', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await (await get('/data/services.xlsx')).arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const code = sheet.getRow(2).getCell(header.indexOf('基本编码') + 1);
    expect(code.type).toBe(ExcelJS.ValueType.String);
    expect(code.numFmt).toBe('@');
    expect(String(code.value)).toMatch(/^0/);
    expect(header).toContain('实施主体（名称）');
    expect(book.worksheets.map((w) => w.name)).toContain('申请材料');
  });

  it('gives a plan\'s results one row per firm, and a report\'s tables a file of their own', async () => {
    const results = parseCsv(await (await get('/data/inspection-plans-results.csv')).text());
    expect(results[0]).toEqual(['年度', '检查对象名称', '统一社会信用代码', '抽查事项', '抽查事项（名称）', '检查日期', '检查结果', '发现的问题', '后续处置']);
    expect(results.length).toBeGreaterThan(2);
    const reports = parseCsv(await (await get('/data/reports.csv')).text());
    expect(reports[0]!.length).toBeLessThan(40);
    expect(new Set(reports[0]).size).toBe(reports[0]!.length);
    const figures = parseCsv(await (await get('/data/reports-disclosure-tables.csv')).text());
    expect(figures[0]).toEqual(['编码', '表', '行', '列', '数值']);
  });

  it('offers 双公示 files in the national column order', async () => {
    const penalties = parseCsv(await (await get('/data/credit/penalties.csv')).text());
    expect(penalties[0]!.slice(0, 3)).toEqual(['行政相对人名称', '行政相对人类别', '行政相对人代码_1（统一社会信用代码）']);
    await get('/data/credit/permits.xlsx');
  });
});

describe('the open-data page', () => {
  it('links every workbook and 双公示 file and passes axe', async () => {
    const { page, close } = await openPage(site, '/data/');
    try {
      await expect(page.locator('a[href="/data/services.xlsx"]').count()).resolves.toBeGreaterThan(0);
      await expect(page.locator('a[href="/data/services-materials.csv"]').count()).resolves.toBe(1);
      await expect(page.locator('a[href="/data/credit/penalties.csv"]').count()).resolves.toBe(1);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await close();
    }
  });
});
