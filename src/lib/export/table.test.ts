import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'astro/zod';
import { label, ref } from '../../schemas/fields.ts';
import { inspectionPlanSchema } from '../../schemas/enforcement/inspection-plans.ts';
import { jsonSchemaOf } from '../content-check/schema-walk.ts';
import { BODY_KEY, CELL_LIMIT, figureAddress, joinLabel, sheetsOf, tableModelOf } from './table.ts';
import { toXlsx } from './xlsx.ts';

const schema = z.object({
  code: label(z.string().regex(/^\d+$/), '基本编码'),
  implementer: label(ref('subjects'), '实施主体'),
  limit: label(z.object({ days: label(z.number(), '法定办结时限（工作日）'), note: label(z.string(), '说明').optional() }), '法定办结时限'),
  materials: label(z.array(z.object({ name: label(z.string(), '材料名称'), copies: label(z.number(), '份数') })), '申请材料'),
  levels: label(z.array(z.enum(['市级', '县级'])), '行使层级'),
});

describe('tables from a schema', () => {
  it('says each header once', () => {
    expect(joinLabel('法定办结时限', '法定办结时限（工作日）')).toBe('法定办结时限（工作日）');
    expect(joinLabel('收费', '是否收费')).toBe('是否收费');
    expect(joinLabel('行政相对人', '相对人类别')).toBe('行政相对人·相对人类别');
    const model = tableModelOf(jsonSchemaOf(schema), 'code');
    expect(model.columns.map((c) => [c.key, c.label, c.kind])).toEqual([
      ['code', '基本编码', 'code'],
      ['implementer', '实施主体', 'code'],
      ['limit.days', '法定办结时限（工作日）', 'number'],
      ['limit.note', '法定办结时限·说明', 'text'],
      ['levels', '行使层级', 'enumList'],
    ]);
    expect(model.children.map((c) => [c.key, c.label, c.columns.map((column) => column.label)])).toEqual([['materials', '申请材料', ['材料名称', '份数']]]);
  });

  it('puts one item a row in its own sheet and a name beside each code', () => {
    const model = tableModelOf(jsonSchemaOf(schema), 'code');
    const entries = [{ data: { code: '0012', implementer: 'S1', limit: { days: 20 }, materials: [{ name: '申请表', copies: 1 }, { name: '图纸', copies: 2 }], levels: ['市级', '县级'] } }];
    const [main, materials] = sheetsOf(model, '服务指南', entries, (kind, code) => (kind === 'subjects' && code === 'S1' ? '示例市人防办' : undefined));
    expect(main!.header).toEqual(['基本编码', '实施主体', '实施主体（名称）', '法定办结时限（工作日）', '法定办结时限·说明', '行使层级']);
    expect(main!.rows).toEqual([['0012', 'S1', '示例市人防办', '20', '', '市级；县级']]);
    expect(materials!.header).toEqual(['基本编码', '材料名称', '份数']);
    expect(materials!.rows).toEqual([['0012', '申请表', '1'], ['0012', '图纸', '2']]);
  });

  it('gives a plan one row per firm checked', () => {
    const model = tableModelOf(jsonSchemaOf(inspectionPlanSchema), 'year');
    expect(model.children.map((c) => c.label)).toEqual(['抽查结果']);
  });

  it('writes codes with leading zeros as text cells and amounts as numbers', async () => {
    const model = tableModelOf(jsonSchemaOf(schema), 'code');
    const bytes = await toXlsx(sheetsOf(model, '服务指南', [{ data: { code: '0012', implementer: 'S1', limit: { days: 20 }, materials: [], levels: [] } }]));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const cell = book.getWorksheet('服务指南')!.getCell('A2');
    expect(cell.value).toBe('0012');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.numFmt).toBe('@');
    expect(book.getWorksheet('服务指南')!.getCell('C2').value).toBe(20);
    expect(book.worksheets.map((w) => w.name)).toEqual(['服务指南', '申请材料']);
  });

  describe('on another day', () => {
    afterEach(() => vi.useRealTimers());

    it('writes the same bytes for the same data, so two builds of one commit are identical', async () => {
      const model = tableModelOf(jsonSchemaOf(schema), 'code');
      const sheets = sheetsOf(model, '服务指南', [{ data: { code: '0012', implementer: 'S1', limit: { days: 20 }, materials: [], levels: [] } }]);
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2026-01-05T08:00:00Z'));
      const first = await toXlsx(sheets);
      vi.setSystemTime(new Date('2027-06-30T17:31:07Z'));
      const second = await toXlsx(sheets);
      expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    });
  });
});

describe('a wide block of figures', () => {
  it('becomes its own table, one row per figure, instead of hundreds of columns', () => {
    const row = (title: string) => label(z.object(Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((k) => [k, label(z.number(), `列${k}`)]))), title);
    const wide = z.object({
      code: label(z.string(), '编码'),
      tables: label(z.object({ requests: label(z.object({ received: row('本年新收'), carried: row('上年结转'), results: label(z.object({ open: row('予以公开'), part: row('部分公开') }), '办理结果') }), '申请情况'), fees: label(z.number(), '收费金额') }), '统计表').optional(),
    });
    const model = tableModelOf(jsonSchemaOf(wide), 'code');
    expect(model.columns.map((c) => c.label)).toEqual(['编码']);
    const [main, figures] = sheetsOf(model, '年度报告', [{ data: { code: 'R1', tables: { requests: { received: { a: 1, b: 2, c: 0, d: 0, e: 0, f: 0, g: 3 }, carried: { a: 0, b: 0, c: 0, d: 0, e: 0, f: 0, g: 0 }, results: { open: { a: 1, b: 0, c: 0, d: 0, e: 0, f: 0, g: 1 }, part: { a: 0, b: 0, c: 0, d: 0, e: 0, f: 0, g: 0 } } }, fees: 1.5 } } }]);
    expect(main!.header).toEqual(['编码']);
    expect(figures!.header).toEqual(['编码', '表', '行', '列', '数值']);
    expect(figures!.rows).toHaveLength(29);
    expect(figures!.rows[0]).toEqual(['R1', '申请情况', '本年新收', '列a', '1']);
    expect(figures!.rows).toContainEqual(['R1', '申请情况', '办理结果·予以公开', '列g', '1']);
    expect(figures!.rows.at(-1)).toEqual(['R1', '', '', '收费金额', '1.5']);
  });
});

describe('a kind kept as Markdown', () => {
  it('has its text as the main sheet\'s last column, 正文, without the blank lines around it', () => {
    const model = tableModelOf(jsonSchemaOf(schema), 'code', { body: true });
    expect(model.body).toMatchObject({ key: BODY_KEY, label: '正文' });
    const [main] = sheetsOf(model, '服务指南', [{ data: { code: '0012', implementer: 'S1', limit: { days: 20 }, materials: [], levels: [] }, body: '\n## 须知\n\n1. 甲\n   - 乙\n' }]);
    expect(main!.header.at(-1)).toBe('正文');
    expect(main!.rows[0]!.at(-1)).toBe('## 须知\n\n1. 甲\n   - 乙');
    expect(tableModelOf(jsonSchemaOf(schema), 'code').body).toBeUndefined();
  });

  it('refuses a cell longer than Excel keeps, naming sheet, row and column', async () => {
    const model = tableModelOf(jsonSchemaOf(schema), 'code', { body: true });
    const sheets = sheetsOf(model, '政策文件', [{ data: { code: 'A', implementer: 'S1', limit: { days: 1 }, materials: [], levels: [] }, body: '字'.repeat(CELL_LIMIT + 1) }]);
    await expect(toXlsx(sheets)).rejects.toThrow(`「政策文件」第 2 行“正文”有 ${CELL_LIMIT + 1} 个字符，超过 Excel 单元格的上限 ${CELL_LIMIT}`);
  });
});

describe('figure addresses', () => {
  it('are 表, 行 and 列 from the titles below the block', () => {
    const child = { key: 'tables', label: '统计表', columns: [] };
    expect(figureAddress(child, { key: 'tables.requests.received.a', label: 'x', kind: 'number', titles: ['统计表', '申请情况', '本年新收', '列a'] })).toEqual(['申请情况', '本年新收', '列a']);
    expect(figureAddress(child, { key: 'tables.fees', label: '收费金额', kind: 'number', titles: ['统计表', '收费金额'] })).toEqual(['', '', '收费金额']);
  });
});
