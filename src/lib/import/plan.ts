// A workbook's sheets → the entries they name, checked before anything is written. Each sheet is
// matched to a kind's main table or one of its child tables (抽查结果, 设定依据 …) by its name and
// headers; every row becomes an entry (or list items of one, or figures of a wide block such as a
// 年报's statistics tables), merged into the entry already in content/ (fields the sheet has no
// column for are kept; an empty cell in a present column removes the field), and validated against
// the kind's schema. A Markdown kind's text travels in the 正文 column, under BODY_KEY in the data
// (the caller splits it off). Every problem names sheet, row and column; the caller writes nothing
// unless there are none.
import type { z } from 'astro/zod';
import type { Problem } from '../content-check/problem.ts';
import { BODY_KEY, figureAddress, getPath, type ChildTable, type TableColumn, type TableModel } from '../export/table.ts';
import { parseCell, rawCell, type RawCell } from './cells.ts';
import { columnLetter, matchHeaders, normaliseHeader, type HeaderMatch } from './headers.ts';

export interface ImportKind {
  key: string;
  /** Names a sheet may carry to say it is this kind's main table: the list's name, the label … */
  names: string[];
  schema: z.ZodType;
  model: TableModel;
}

export interface RawSheet {
  name: string;
  /** Rows as exceljs gives their values, the first being the header row. */
  rows: unknown[][];
  /** Sheet row number of rows[0] (1-based). */
  firstRow?: number;
}

export type Data = Record<string, unknown>;

export interface PlannedEntry {
  kind: string;
  id: string;
  before?: Data;
  after: Data;
  status: '新增' | '修改' | '未变';
  /** Labels of the fields that changed. */
  changed: string[];
}

export interface ImportPlan {
  problems: Problem[];
  notes: string[];
  entries: PlannedEntry[];
}

interface Located {
  kind: ImportKind;
  child?: ChildTable;
  match: HeaderMatch;
}

const ID = '\u0000id';

function tableColumns(kind: ImportKind, child?: ChildTable): TableColumn[] {
  if (!child) return [...kind.model.columns, ...(kind.model.body ? [kind.model.body] : [])];
  const id = kind.model.columns.find((column) => column.key === kind.model.idKey)!;
  return [{ ...id, key: ID }, ...child.columns];
}

/**
 * The table a sheet fills: a sheet named after a kind or child table wins, then one of a kind whose
 * main table is in the same workbook (several kinds have a 处罚依据 or 设定依据), then the most
 * headers matched.
 */
export function locateSheet(name: string, headers: readonly (string | undefined)[], kinds: readonly ImportKind[], inBook: ReadonlySet<string> = new Set()): Located | undefined {
  const sheetName = normaliseHeader(name);
  let best: (Located & { score: number }) | undefined;
  for (const kind of kinds) {
    for (const child of [undefined, ...kind.model.children]) {
      const match = matchHeaders(headers, tableColumns(kind, child));
      const keys = new Set([...match.columns.values()].map((column) => column.key));
      if (!keys.has(child ? ID : kind.model.idKey)) continue;
      const named = child ? normaliseHeader(child.label) === sheetName : kind.names.some((n) => normaliseHeader(n) === sheetName);
      const score = keys.size + (named ? 1000 : 0) + (child && inBook.has(kind.key) ? 500 : 0) - match.unknown.length / 100;
      if (keys.size >= 2 && (!best || score > best.score)) best = { kind, child, match, score };
    }
  }
  return best;
}

const isPlain = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);

function setPath(data: Data, key: string, value: unknown): void {
  const parts = key.split('.');
  let node = data;
  for (const part of parts.slice(0, -1)) {
    if (!isPlain(node[part])) node[part] = {};
    node = node[part] as Data;
  }
  const last = parts.at(-1)!;
  const old = node[last];
  if (value === undefined) delete node[last];
  // The schema trims text; a cell that differs only in surrounding space leaves the file alone.
  else if (!(typeof old === 'string' && typeof value === 'string' && old.trim() === value.trim())) node[last] = value;
}

/** Groups emptied by cleared cells (a withdrawal with nothing left) are removed. */
function prune(data: Data): Data {
  for (const [key, value] of Object.entries(data)) {
    if (isPlain(value)) {
      prune(value);
      if (Object.keys(value).length === 0) delete data[key];
    }
  }
  return data;
}

/** Key order is the file's layout, not its content. */
const canonical = (value: unknown): unknown =>
  Array.isArray(value) ? value.map(canonical) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, canonical(v)])) : value;
const same = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

function labelOf(kind: ImportKind, key: string): string {
  return kind.model.columns.find((c) => c.key === key)?.label ?? kind.model.children.find((c) => c.key === key)?.label ?? key.split('.').map((part) => kind.model.columns.find((c) => c.key.startsWith(`${part}.`))?.label.split('·')[0] ?? part)[0]!;
}

function changedFields(kind: ImportKind, before: Data, after: Data): string[] {
  const labels: string[] = [];
  for (const column of tableColumns(kind)) if (!same(getPath(before, column.key), getPath(after, column.key))) labels.push(column.label);
  for (const child of kind.model.children) if (!same(getPath(before, child.key), getPath(after, child.key))) labels.push(child.label);
  const known = new Set([...tableColumns(kind).map((c) => c.key.split('.')[0]), ...kind.model.children.map((c) => c.key.split('.')[0])]);
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) if (!known.has(key) && !same(before[key], after[key])) labels.push(labelOf(kind, key));
  return labels;
}

interface RowRef {
  sheet: string;
  row: number;
  columns: Map<string, { index: number; header: string }>;
}

export function planImport(book: string, sheets: readonly RawSheet[], kinds: readonly ImportKind[], existing: (kind: string) => ReadonlyMap<string, Data>): ImportPlan {
  const problems: Problem[] = [];
  const notes: string[] = [];
  const at = (sheet: string, row?: number, index?: number, header?: string) => ({
    file: `${book}「${sheet}」`,
    ...(row ? { line: row } : {}),
    ...(index !== undefined ? { field: `${columnLetter(index)}列“${header ?? ''}”` } : {}),
  });

  // kind → id → merged data, where each entry's rows are, and which child lists were given.
  const merged = new Map<string, Map<string, Data>>();
  const mainRows = new Map<string, Map<string, RowRef>>();
  const childRows = new Map<string, Map<string, RowRef[]>>();
  const childSheets: { kind: ImportKind; child: ChildTable; items: Map<string, Data[]> }[] = [];
  // A figure's row, by kind, entry and the figure's key: where a problem with its value is shown.
  const figureRows = new Map<string, RowRef>();
  const kindOf = new Map(kinds.map((k) => [k.key, k]));
  const entryOf = (kind: ImportKind, id: string): Data => {
    let byId = merged.get(kind.key);
    if (!byId) merged.set(kind.key, (byId = new Map()));
    let data = byId.get(id);
    if (!data) byId.set(id, (data = structuredClone(existing(kind.key).get(id) ?? {})));
    return data;
  };

  const headersOf = (sheet: RawSheet) => (sheet.rows[0] ?? []).map((cell) => {
    const raw = rawCell(cell);
    return raw === undefined ? undefined : String(raw instanceof Date ? raw.toISOString().slice(0, 10) : raw);
  });
  const inBook = new Set(sheets.flatMap((sheet) => {
    const located = locateSheet(sheet.name, headersOf(sheet), kinds);
    return located && !located.child ? [located.kind.key] : [];
  }));

  for (const sheet of sheets) {
    const first = sheet.firstRow ?? 1;
    const headers = headersOf(sheet);
    if (sheet.rows.length <= 1 && headers.every((h) => h === undefined)) continue;
    const located = locateSheet(sheet.name, headers, kinds, inBook);
    if (!located) {
      problems.push({ ...at(sheet.name, first), message: '认不出这是哪一类清单：表头中找不到编码列，或可识别的列少于两列', expected: `表头使用本站导出的列名，如 ${kinds.map((k) => `“${k.model.idLabel}”`).join('、')}` });
      continue;
    }
    const { kind, child, match } = located;
    for (const { index, header } of match.unknown) {
      problems.push({ ...at(sheet.name, first, index, header), message: '不认识的列名', expected: `以下列名之一：${tableColumns(kind, child).map((c) => c.label).join('、')}` });
    }
    for (const { index, header, first: firstIndex } of match.duplicate) {
      problems.push({ ...at(sheet.name, first, index, header), message: `与 ${columnLetter(firstIndex)} 列是同一字段`, expected: '每个字段只有一列' });
    }
    const columnAt = new Map<string, { index: number; header: string }>();
    for (const [index, column] of match.columns) columnAt.set(column.key, { index, header: headers[index] ?? '' });
    const idKey = child ? ID : kind.model.idKey;
    const idIndex = columnAt.get(idKey)!.index;
    const items = new Map<string, Data[]>();
    if (child) childSheets.push({ kind, child, items });

    sheet.rows.slice(1).forEach((cells, offset) => {
      const row = first + 1 + offset;
      const raws = new Map<number, RawCell>();
      for (const index of match.columns.keys()) raws.set(index, rawCell(cells[index]));
      if ([...raws.values()].every((raw) => raw === undefined)) return;
      const values: [TableColumn, unknown][] = [];
      let bad = false;
      // A figure row's value is read as the figure its 表, 行 and 列 name.
      let figure: TableColumn | undefined;
      if (child?.figures) {
        const text = (key: string) => {
          const raw = raws.get(columnAt.get(key)?.index ?? -1);
          return raw === undefined ? '' : String(raw).trim();
        };
        const address = ['table', 'row', 'column'].map(text);
        figure = child.figures.find((f) => figureAddress(child, f).every((part, i) => part === address[i]));
        if (!figure) {
          const cell = columnAt.get('column') ?? columnAt.get('row') ?? columnAt.get('table') ?? columnAt.get(ID)!;
          problems.push({ ...at(sheet.name, row, cell.index, cell.header), message: `表“${address[0]}”行“${address[1]}”列“${address[2]}”不是${child.label}中的一项`, expected: '表、行、列三列照导出时的原样填写' });
          bad = true;
        }
      }
      for (const [index, column] of match.columns) {
        if (figure === undefined && child?.figures && column.key === 'value') continue;
        const result = parseCell(figure && column.key === 'value' ? figure : column, raws.get(index));
        if ('problem' in result) {
          problems.push({ ...at(sheet.name, row, index, headers[index]), message: result.problem, expected: result.expected });
          bad = true;
        } else {
          if (result.note) notes.push(`${book}「${sheet.name}」第 ${row} 行 ${columnLetter(index)}列“${headers[index] ?? ''}”：${result.note}`);
          values.push([column, result.value]);
        }
      }
      const idValue = values.find(([column]) => column.key === idKey)?.[1];
      if (idValue === undefined) {
        if (!bad) problems.push({ ...at(sheet.name, row, idIndex, headers[idIndex]), message: '缺少编码，无法确定是哪一条', expected: `填写${kind.model.idLabel}` });
        return;
      }
      const id = String(idValue);
      const ref: RowRef = { sheet: sheet.name, row, columns: columnAt };
      if (child?.figures) {
        if (!figure) return;
        const key = `${kind.key}\u0000${id}\u0000${figure.key}`;
        const earlier = figureRows.get(key);
        if (earlier) {
          problems.push({ ...at(sheet.name, row, idIndex, headers[idIndex]), message: `与「${earlier.sheet}」第 ${earlier.row} 行是同一项`, expected: '每项数值一行' });
          return;
        }
        figureRows.set(key, ref);
        // Also as a child row, so an entry named only here is found by its first row.
        const refs = childRows.get(`${kind.key}\u0000${child.key}`) ?? new Map<string, RowRef[]>();
        childRows.set(`${kind.key}\u0000${child.key}`, refs.set(id, [...(refs.get(id) ?? []), ref]));
        const value = values.find(([column]) => column.key === 'value')?.[1];
        items.set(id, [...(items.get(id) ?? []), { key: figure.key, value }]);
        entryOf(kind, id);
        return;
      }
      if (child) {
        const item: Data = {};
        for (const [column, value] of values) if (column.key !== ID) setPath(item, column.key, value);
        items.set(id, [...(items.get(id) ?? []), prune(item)]);
        const refs = childRows.get(`${kind.key}\u0000${child.key}`) ?? new Map<string, RowRef[]>();
        childRows.set(`${kind.key}\u0000${child.key}`, refs.set(id, [...(refs.get(id) ?? []), ref]));
        entryOf(kind, id);
        return;
      }
      const rows = mainRows.get(kind.key) ?? new Map<string, RowRef>();
      mainRows.set(kind.key, rows);
      const earlier = rows.get(id);
      if (earlier) {
        problems.push({ ...at(sheet.name, row, idIndex, headers[idIndex]), message: `编码 ${id} 与「${earlier.sheet}」第 ${earlier.row} 行重复`, expected: '每条一行' });
        return;
      }
      rows.set(id, ref);
      const data = entryOf(kind, id);
      for (const [column, value] of values) setPath(data, column.key, value);
      prune(data);
    });
  }

  // A child sheet gives the whole list of every entry it names, and of every entry in the main sheet.
  for (const { kind, child, items } of childSheets) {
    const ids = new Set([...items.keys(), ...(mainRows.get(kind.key)?.keys() ?? [])]);
    for (const id of ids) {
      const data = entryOf(kind, id);
      const list = items.get(id) ?? [];
      const current = getPath(data, child.key);
      if (child.figures) {
        // The block as its rows give it: figures no row names are gone, as items are from a list.
        const built: Data = {};
        for (const item of list) if (item.value !== undefined) setPath(built, String(item.key), item.value);
        const block = getPath(built, child.key);
        if (current === undefined && block === undefined) continue;
        if (!same(current, block)) setPath(data, child.key, block);
        continue;
      }
      // An optional list no row names stays absent rather than becoming an empty list.
      if (current === undefined && list.length === 0) continue;
      if (!same(current, list)) setPath(data, child.key, list);
    }
  }

  const entries: PlannedEntry[] = [];
  for (const [kindKey, byId] of merged) {
    const kind = kindOf.get(kindKey)!;
    for (const [id, after] of byId) {
      const before = existing(kindKey).get(id);
      const main = mainRows.get(kindKey)?.get(id);
      if (!before && !main) {
        const first = [...childRows.entries()].find(([key]) => key.startsWith(`${kindKey}\u0000`))?.[1].get(id)?.[0];
        problems.push({ ...at(first?.sheet ?? kindKey, first?.row), message: `${kind.model.idLabel} ${id} 在主表和 content/ 中都没有`, expected: `先在主表中加入 ${id}，或改正编码` });
        continue;
      }
      const { [BODY_KEY]: _body, ...front } = after;
      const result = kind.schema.safeParse(front);
      if (!result.success) {
        for (const issue of result.error.issues) problems.push(locateIssue(kind, id, after, issue.path, issue.message, issue.code === 'invalid_type', main, childRows, figureRows, at));
      }
      const changed = before ? changedFields(kind, before, after) : [];
      entries.push({ kind: kindKey, id, before, after, status: !before ? '新增' : changed.length ? '修改' : '未变', changed });
    }
  }
  return { problems, notes, entries };
}

function locateIssue(
  kind: ImportKind,
  id: string,
  data: Data,
  path: readonly PropertyKey[],
  message: string,
  /** A value of the wrong type: when there is no value at all, the cell is simply missing. */
  wrongType: boolean,
  main: RowRef | undefined,
  childRows: Map<string, Map<string, RowRef[]>>,
  figureRows: Map<string, RowRef>,
  at: (sheet: string, row?: number, index?: number, header?: string) => Omit<Problem, 'message'>,
): Problem {
  const keys = path.map(String);
  const missing = getPath(data, keys.join('.')) === undefined;
  const text = missing && wrongType ? '缺少必填内容' : message;
  for (const child of kind.model.children) {
    const depth = child.key.split('.').length;
    if (child.figures && keys.slice(0, depth).join('.') === child.key) {
      const key = keys.join('.');
      const figure = child.figures.find((f) => f.key === key || key.startsWith(`${f.key}.`)) ?? child.figures.find((f) => f.key.startsWith(`${key}.`));
      const ref = figure && figureRows.get(`${kind.key}\u0000${id}\u0000${figure.key}`);
      const cell = ref?.columns.get('value');
      if (ref && cell) return { ...at(ref.sheet, ref.row, cell.index, cell.header), message: text };
      return { ...at(child.label), field: `${kind.model.idLabel} ${id} 的“${figure ? figureAddress(child, figure).filter(Boolean).join('·') : child.label}”`, message: text };
    }
    if (keys.slice(0, depth).join('.') !== child.key || typeof path[depth] !== 'number') continue;
    const ref = childRows.get(`${kind.key}\u0000${child.key}`)?.get(id)?.[path[depth] as number];
    const rest = keys.slice(depth + 1).join('.');
    const column = child.columns.find((c) => c.key === rest || rest.startsWith(`${c.key}.`));
    const cell = column && ref?.columns.get(column.key);
    if (ref && cell) return { ...at(ref.sheet, ref.row, cell.index, cell.header), message: text };
    if (ref) return { ...at(ref.sheet, ref.row), field: `“${column?.label ?? rest}”（表中无此列）`, message: text };
    return { ...at(child.label), field: `${kind.model.idLabel} ${id} 的“${child.label}”`, message: text };
  }
  const key = keys.join('.');
  const column = kind.model.columns.find((c) => c.key === key || key.startsWith(`${c.key}.`)) ?? kind.model.columns.find((c) => c.key.startsWith(`${key}.`));
  const cell = column && main?.columns.get(column.key);
  if (main && cell) return { ...at(main.sheet, main.row, cell.index, cell.header), message: text };
  const label = column?.label ?? kind.model.children.find((c) => c.key === key)?.label ?? key;
  if (main) return { ...at(main.sheet, main.row), field: `“${label}”（表中无此列${missing ? '' : '，取自原文件'}）`, message: text };
  return { ...at(kind.names[0] ?? kind.key), field: `${kind.model.idLabel} ${id} 的“${label}”`, message: text };
}
