// A Word document, as mammoth reads it, turned into the paragraphs and tables the importer works on.
// mammoth (a maintained .docx reader) resolves merged cells into colSpan/rowSpan; here they are laid
// out on a grid again, because a Markdown table has no merged cells.
import type { SourceBlock } from './import.ts';

/** The parts of mammoth's document model this module reads (see mammoth/lib/documents.js). */
export interface DocxElement {
  type: string;
  children?: DocxElement[];
  value?: string;
  colSpan?: number;
  rowSpan?: number;
  numbering?: unknown;
}

/** Text of an element: runs, hyperlinks and tabs; line breaks inside a paragraph become spaces. */
function textOf(element: DocxElement): string {
  if (element.type === 'text') return element.value ?? '';
  if (element.type === 'tab' || element.type === 'break') return ' ';
  if (element.type === 'note' || element.type === 'comment') return '';
  return (element.children ?? []).map(textOf).join('');
}

/**
 * The table's cells on a grid. A merged cell's text is repeated in every position it covers, so that
 * each row still reads on its own; header rows joined by a merge at the top are folded into one
 * ("决定件数" over "上半年" becomes "决定件数：上半年"), since a Markdown table has one header row.
 */
function tableRows(table: DocxElement): { rows: string[][]; merged: boolean; grid: string[][] } {
  const grid: string[][] = [];
  let merged = false;
  let headerRows = 1;
  // Text still covering a column from a rowSpan above, and for how many more rows.
  const covered = new Map<number, { text: string; rows: number }>();
  (table.children ?? []).filter((row) => row.type === 'tableRow').forEach((row, rowIndex) => {
    const cells: string[] = [];
    let column = 0;
    const skipCovered = () => {
      for (let cover = covered.get(column); cover && cover.rows > 0; cover = covered.get(column)) {
        cover.rows--;
        cells[column] = cover.text;
        column++;
      }
    };
    for (const cell of (row.children ?? []).filter((child) => child.type === 'tableCell')) {
      skipCovered();
      const text = (cell.children ?? []).map(textOf).filter((part) => part.trim() !== '').join(' ');
      const colSpan = Math.max(1, cell.colSpan ?? 1);
      const rowSpan = Math.max(1, cell.rowSpan ?? 1);
      if (colSpan > 1 || rowSpan > 1) merged = true;
      if (rowIndex === 0) headerRows = Math.max(headerRows, rowSpan);
      for (let i = 0; i < colSpan; i++) {
        cells[column] = text;
        if (rowSpan > 1) covered.set(column, { text, rows: rowSpan - 1 });
        column++;
      }
    }
    skipCovered();
    grid[rowIndex] = cells;
  });
  const unfolded = grid.map((row) => [...row]);
  if (headerRows > 1) {
    const header = grid.slice(0, headerRows);
    const width = Math.max(...header.map((r) => r.length));
    const folded = Array.from({ length: width }, (_, i) => [...new Set(header.map((r) => (r[i] ?? '').trim()).filter(Boolean))].join('：'));
    grid.splice(0, headerRows, folded);
  }
  return { rows: grid, merged, grid: unfolded };
}

export function blocksFromDocx(document: DocxElement): { blocks: SourceBlock[]; numbered: number } {
  const blocks: SourceBlock[] = [];
  let numbered = 0;
  for (const element of document.children ?? []) {
    if (element.type === 'paragraph') {
      // Word's automatic numbering is not part of the text; staff are told to check those lines.
      if (element.numbering) numbered++;
      blocks.push({ type: 'paragraph', text: textOf(element) });
    } else if (element.type === 'table') {
      const { rows, merged, grid } = tableRows(element);
      if (rows.length > 0) blocks.push({ type: 'table', rows, merged, grid });
    }
  }
  return { blocks, numbered };
}
