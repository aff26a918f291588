import { describe, expect, it } from 'vitest';
import { blocksFromDocx, type DocxElement } from './docx.ts';

const text = (value: string): DocxElement => ({ type: 'paragraph', children: [{ type: 'run', children: [{ type: 'text', value }] }] });
const cell = (value: string, spans: { colSpan?: number; rowSpan?: number } = {}): DocxElement => ({ type: 'tableCell', children: [text(value)], ...spans });
const row = (...cells: DocxElement[]): DocxElement => ({ type: 'tableRow', children: cells });

describe('blocksFromDocx', () => {
  it('reads paragraphs, joining runs and turning tabs and breaks into spaces', () => {
    const document: DocxElement = {
      type: 'document',
      children: [
        { type: 'paragraph', children: [{ type: 'run', children: [{ type: 'text', value: '一、' }, { type: 'tab' }, { type: 'text', value: '情况' }] }] },
        { type: 'paragraph', children: [{ type: 'hyperlink', children: [{ type: 'run', children: [{ type: 'text', value: '链接' }] }] }, { type: 'break' }, { type: 'run', children: [{ type: 'text', value: '正文' }] }] },
      ],
    };
    expect(blocksFromDocx(document)).toEqual({ blocks: [{ type: 'paragraph', text: '一、 情况' }, { type: 'paragraph', text: '链接 正文' }], numbered: 0 });
  });

  it('lays merged cells out on a grid and folds a two-row header into one', () => {
    const document: DocxElement = {
      type: 'document',
      children: [{
        type: 'table',
        children: [
          row(cell('类别', { rowSpan: 2 }), cell('决定件数', { colSpan: 2 })),
          row(cell('上半年'), cell('下半年')),
          row(cell('行政许可'), cell('9'), cell('11')),
          row(cell('检查', { rowSpan: 2 }), cell('3'), cell('4')),
          row(cell('5'), cell('6')),
        ],
      }],
    };
    expect(blocksFromDocx(document).blocks).toEqual([{
      type: 'table',
      merged: true,
      rows: [
        ['类别', '决定件数：上半年', '决定件数：下半年'],
        ['行政许可', '9', '11'],
        ['检查', '3', '4'],
        ['检查', '5', '6'],
      ],
      // The grid keeps both header rows for the statistics tables' importer.
      grid: [
        ['类别', '决定件数', '决定件数'],
        ['类别', '上半年', '下半年'],
        ['行政许可', '9', '11'],
        ['检查', '3', '4'],
        ['检查', '5', '6'],
      ],
    }]);
  });

  it('counts paragraphs whose number is Word automatic numbering', () => {
    const numbered = { ...text('主要举措'), numbering: { level: '0', isOrdered: true } };
    expect(blocksFromDocx({ type: 'document', children: [numbered, text('正文')] }).numbered).toBe(1);
  });
});
