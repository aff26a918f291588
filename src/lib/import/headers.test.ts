import { describe, expect, it } from 'vitest';
import type { TableColumn } from '../export/table.ts';
import { columnLetter, matchHeaders } from './headers.ts';

const columns: TableColumn[] = [
  { key: 'certNo', label: '执法证号', kind: 'code' },
  { key: 'name', label: '姓名', kind: 'text' },
  { key: 'subject', label: '所属执法主体', kind: 'code', ref: 'subjects' },
  { key: 'party.creditCode', label: '行政相对人·统一社会信用代码', kind: 'code' },
];

describe('spreadsheet headers', () => {
  it('knows our labels, the variants offices use, and a group field by its own title', () => {
    const match = matchHeaders(['证件号码', ' 姓 名 *', '执法主体', '社会信用代码', '所属执法主体（名称）', '备注说明', '执法证号'], columns);
    expect([...match.columns].map(([index, column]) => [index, column.key])).toEqual([[0, 'certNo'], [1, 'name'], [2, 'subject'], [3, 'party.creditCode']]);
    expect(match.derived).toEqual([4]);
    expect(match.unknown).toEqual([{ index: 5, header: '备注说明' }]);
    expect(match.duplicate).toEqual([{ index: 6, header: '执法证号', first: 0 }]);
  });

  it('names columns as spreadsheets do', () => {
    expect([0, 25, 26, 27, 701].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ']);
  });
});
