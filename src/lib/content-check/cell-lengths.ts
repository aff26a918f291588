// Every list's open data includes an Excel workbook, and Excel keeps at most 32,767 characters in a
// cell: the export stops the build on a longer one (src/lib/export/xlsx.ts). Said here first, with
// the file, line and field, so that such a value is refused by the check and not by a failed build.
import { CELL_LIMIT, sheetsOf, tableModelOf } from '../export/table.ts';
import type { CheckKinds, EntriesByKind } from './kinds.ts';
import type { Problem } from './problem.ts';
import { describePath, jsonSchemaOf } from './schema-walk.ts';
import { lineOf, type SourceEntry } from './source.ts';

type Path = (string | number)[];

/** The cells of one entry longer than Excel allows, with the field path each comes from. */
function longCells(entry: SourceEntry, model: ReturnType<typeof tableModelOf>): { path: Path; length: number }[] {
  const found: { path: Path; length: number }[] = [];
  const [main, ...children] = sheetsOf(model, '', [{ data: entry.data }]);
  main?.rows[0]?.forEach((text, index) => {
    if (text.length > CELL_LIMIT) found.push({ path: main.columns[index]!.column.key.split('.'), length: text.length });
  });
  children.forEach((sheet, which) => {
    const child = model.children[which]!;
    sheet.rows.forEach((row, item) => {
      row.forEach((text, index) => {
        if (index === 0 || text.length <= CELL_LIMIT) return;
        // A block of figures has one row per figure; a list of records one row per item.
        const path: Path = child.figures ? child.key.split('.') : [...child.key.split('.'), item, ...sheet.columns[index]!.column.key.split('.')];
        found.push({ path, length: text.length });
      });
    });
  });
  return found;
}

export function checkCellLengths(entries: EntriesByKind, kinds: CheckKinds): Problem[] {
  const problems: Problem[] = [];
  for (const [name, kind] of Object.entries(kinds)) {
    if (kind.single || !kind.idField) continue;
    const schema = jsonSchemaOf(kind.schema);
    let model: ReturnType<typeof tableModelOf> | undefined;
    for (const entry of entries[name] ?? []) {
      // No cell is longer than the entry's data written as JSON: most entries need no closer look.
      if ((JSON.stringify(entry.data) ?? '').length <= CELL_LIMIT) continue;
      model ??= tableModelOf(schema, kind.idField);
      for (const { path, length } of longCells(entry, model)) {
        problems.push({
          file: entry.file,
          line: lineOf(entry, path),
          field: describePath(schema, path),
          message: `有 ${length} 个字符，超过开放数据表格（Excel）一个单元格的上限 ${CELL_LIMIT} 个字符`,
          expected: '缩短此字段；长篇内容写在正文中，或作为附件（如 PDF）上传',
        });
      }
    }
  }
  return problems;
}
