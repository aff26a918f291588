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
