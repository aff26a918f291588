import { describe, expect, it } from 'vitest';
import { cellText, type TableColumn } from '../export/table.ts';
import { normaliseDateText, parseCell, rawCell, serialToIso } from './cells.ts';

const column = (kind: TableColumn['kind'], extra: Partial<TableColumn> = {}): TableColumn => ({ key: 'x', label: 'X', kind, ...extra });

describe('spreadsheet cells', () => {
  it('takes exceljs wrappers off: rich text, formulas, links, blanks', () => {
    expect(rawCell({ richText: [{ text: '示例' }, { text: '公司' }] })).toBe('示例公司');
    expect(rawCell({ formula: 'A1+1', result: 3 })).toBe(3);
    expect(rawCell({ text: '链接', hyperlink: 'https://example.gov.cn' })).toBe('链接');
    expect(rawCell('   ')).toBeUndefined();
    expect(rawCell(null)).toBeUndefined();
  });

  it('reads dates from date cells, serial numbers and the ways people type them', () => {
    expect(serialToIso(46203)).toBe('2026-06-30');
    expect(parseCell(column('date'), 46203)).toEqual({ value: '2026-06-30', note: '日期以 Excel 序列号 46203 存放，已按 2026-06-30 读入' });
    expect(parseCell(column('date'), new Date(Date.UTC(2025, 2, 1)))).toEqual({ value: '2025-03-01' });
    expect(normaliseDateText('2025年3月1日')).toBe('2025-03-01');
    expect(normaliseDateText('2025.3.1')).toBe('2025-03-01');
    expect(parseCell(column('date'), '2025-02-30')).toMatchObject({ problem: '“2025-02-30”不是真实日期' });
    expect(parseCell(column('date'), 1.5)).toMatchObject({ problem: '数字 1.5 不是日期' });
  });

  it('refuses a code stored as a number, whose leading zeros may be gone', () => {
    expect(parseCell(column('code'), 183010000)).toMatchObject({ problem: '编码被存成了数字 183010000，开头的 0 可能已经丢失' });
    expect(parseCell(column('code'), '000183010000')).toEqual({ value: '000183010000' });
    expect(parseCell(column('text'), new Date(Date.UTC(2025, 0, 1)))).toMatchObject({ problem: '单元格被存成了日期（2025-01-01）' });
  });

  it('reads numbers, 是/否 and lists', () => {
    expect(parseCell(column('number'), '1,268.40')).toEqual({ value: 1268.4 });
    expect(parseCell(column('number'), '约十万')).toMatchObject({ problem: '“约十万”不是数字' });
    expect(parseCell(column('boolean'), '是')).toEqual({ value: true });
    expect(parseCell(column('boolean'), '对')).toMatchObject({ problem: '“对”不是“是”或“否”' });
    expect(parseCell(column('enumList'), '市级、县级')).toEqual({ value: ['市级', '县级'] });
    expect(parseCell(column('list'), '防空地下室；结建')).toEqual({ value: ['防空地下室', '结建'] });
    expect(parseCell(column('list', { required: true }), undefined)).toEqual({ value: [] });
    expect(parseCell(column('list'), undefined)).toEqual({ value: undefined });
  });

  it('splits a list cell back into the items the export wrote, whatever they hold', () => {
    const list = column('list');
    for (const items of [['防空地下室', '结建'], ['情形之一：甲；乙', '另一项'], ['第一行\n第二行', '另一项'], ['["不是 JSON']]) {
      expect([items, parseCell(list, cellText(list, items))]).toEqual([items, { value: items }]);
    }
    // Offices' own cells: one item a line, or "；" and ";" between them.
    expect(parseCell(list, '甲；乙\n丙')).toEqual({ value: ['甲；乙', '丙'] });
    expect(parseCell(list, '甲; 乙；丙')).toEqual({ value: ['甲', '乙', '丙'] });
  });
});
