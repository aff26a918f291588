// A kind's entries as spreadsheet tables: one main table (one row per entry) and one child table
// per list of records (a plan's 抽查结果, a power's 设定依据 …: one row per item, keyed by the
// entry's code). The same model serves export (CSV, XLSX) and import, so what is exported can be
// edited in a spreadsheet and imported back. Headers are said once: a field inside a group whose
// label already names the group ("法定办结时限（工作日）" in "法定办结时限") is not prefixed again.
import type { JsonSchema } from '../content-check/schema-walk.ts';

export type CellKind = 'text' | 'code' | 'date' | 'number' | 'integer' | 'boolean' | 'enum' | 'list' | 'enumList' | 'json';

export interface TableColumn {
  /** Dotted path in the entry (or in a list item, for child tables). */
  key: string;
  /** Chinese header, said once. */
  label: string;
  kind: CellKind;
  description?: string;
  /** The kind a code refers to (x-ref), so exports can show its name beside it. */
  ref?: string;
  enumValues?: string[];
  /** The schema requires it (a required list's empty cell is an empty list, not a missing one). */
  required?: boolean;
  /** Titles along the path, outermost first. */
  titles?: string[];
}

export interface ChildTable {
  /** Dotted path of the list in the entry, e.g. "results". */
  key: string;
  label: string;
  columns: TableColumn[];
  /**
   * A wide block of figures (a 年报's statistics tables) given one row per figure rather than
   * hundreds of columns: 表, 行, 列, 数值 (see figureAddress). The importer reads such a sheet back;
   * a 年报's tables also come from Word (npm run import -- 年报.docx).
   */
  figures?: TableColumn[];
}

/** A group with more figures than this becomes its own table, one row per figure. */
export const WIDE_GROUP = 24;

const FIGURE_COLUMNS: TableColumn[] = [
  { key: 'table', label: '表', kind: 'text' },
  { key: 'row', label: '行', kind: 'text' },
  { key: 'column', label: '列', kind: 'text' },
  { key: 'value', label: '数值', kind: 'number' },
];

export interface TableModel {
  idKey: string;
  idLabel: string;
  columns: TableColumn[];
  children: ChildTable[];
  /** A Markdown kind's text, as the main table's last column (正文): what the front matter does not hold. */
  body?: TableColumn;
}

/** Key of the body column: no schema field can have it, so it never meets a front-matter field. */
export const BODY_KEY = '\u0000body';
export const BODY_LABEL = '正文';

/** Excel keeps at most this many characters in a cell. */
export const CELL_LIMIT = 32_767;

function variants(schema: JsonSchema): JsonSchema[] {
  return [schema, ...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])];
}

function typeOf(schema: JsonSchema): string | undefined {
  for (const variant of variants(schema)) {
    const type = Array.isArray(variant.type) ? variant.type.find((t) => t !== 'null') : variant.type;
    if (type) return type;
    if (variant.enum) return 'string';
  }
  return undefined;
}

const find = <K extends keyof JsonSchema>(schema: JsonSchema, key: K): JsonSchema[K] | undefined => variants(schema).find((v) => v[key] !== undefined)?.[key];

/** "法定办结时限" + "法定办结时限（工作日）" → the second alone; "收费" + "收费标准" likewise. */
export function joinLabel(group: string, title: string): string {
  if (!group) return title;
  return title.includes(group) ? title : `${group}·${title}`;
}

function objectOf(schema: JsonSchema): JsonSchema | undefined {
  return variants(schema).find((v) => v.properties && typeOf(v) !== 'array');
}

function cellKind(schema: JsonSchema): Pick<TableColumn, 'kind' | 'ref' | 'enumValues'> {
  const enumValues = find(schema, 'enum') as string[] | undefined;
  const type = typeOf(schema);
  if (type === 'array') {
    const items = find(schema, 'items') as JsonSchema | undefined;
    if (items && (objectOf(items) || typeOf(items) === 'array')) return { kind: 'json' };
    const itemEnum = items ? (find(items, 'enum') as string[] | undefined) : undefined;
    return itemEnum ? { kind: 'enumList', enumValues: itemEnum } : { kind: 'list' };
  }
  if (enumValues) return { kind: 'enum', enumValues };
  if (find(schema, 'x-date')) return { kind: 'date' };
  const ref = find(schema, 'x-ref') as string | undefined;
  if (ref) return { kind: 'code', ref };
  if (find(schema, 'pattern')) return { kind: 'code' };
  if (type === 'integer') return { kind: 'integer' };
  if (type === 'number') return { kind: 'number' };
  if (type === 'boolean') return { kind: 'boolean' };
  return { kind: 'text' };
}

function columnsIn(schema: JsonSchema, prefix: string, group: string, children: ChildTable[] | undefined, required = true, titles: string[] = []): TableColumn[] {
  const columns: TableColumn[] = [];
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    const title = property.title ?? key;
    const path = prefix ? `${prefix}.${key}` : key;
    const label = joinLabel(group, title);
    const needed = required && (schema.required ?? []).includes(key);
    const object = objectOf(property);
    if (object) {
      const inner = columnsIn(object, path, label, undefined, needed, [...titles, title]);
      if (children && inner.length > WIDE_GROUP) children.push({ key: path, label, columns: FIGURE_COLUMNS, figures: inner });
      else columns.push(...columnsIn(object, path, label, children, needed, [...titles, title]));
      continue;
    }
    const items = typeOf(property) === 'array' ? (find(property, 'items') as JsonSchema | undefined) : undefined;
    const itemObject = items && objectOf(items);
    if (itemObject && children) {
      children.push({ key: path, label, columns: columnsIn(itemObject, '', '', undefined) });
      continue;
    }
    columns.push({ key: path, label, description: property.description, ...cellKind(property), ...(needed ? { required: true } : {}), titles: [...titles, title] });
  }
  // A label said twice (two groups with the same field) keeps its group to tell them apart.
  const seen = new Map<string, number>();
  for (const column of columns) seen.set(column.label, (seen.get(column.label) ?? 0) + 1);
  return columns.map((column) => ((seen.get(column.label) ?? 0) > 1 && !column.label.includes('·') ? { ...column, label: `${column.key}·${column.label}` } : column));
}

/** `body`: the kind is kept as Markdown files, whose text goes in a 正文 column. */
export function tableModelOf(schema: JsonSchema, idKey: string, options: { body?: boolean } = {}): TableModel {
  const children: ChildTable[] = [];
  const columns = columnsIn(schema, '', '', children);
  const id = columns.find((column) => column.key === idKey);
  if (!id) throw new Error(`表格模型：主键字段 ${idKey} 不在 schema 中`);
  const body: TableColumn | undefined = options.body ? { key: BODY_KEY, label: BODY_LABEL, kind: 'text', description: 'Markdown 格式的正文' } : undefined;
  return { idKey, idLabel: id.label, columns, children, ...(body ? { body } : {}) };
}

/**
 * Where a figure of a wide block stands in its one-row-per-figure table: 表 is the block's first
 * level, 列 the figure's own title, 行 what lies between. The importer reads the same address back.
 */
export function figureAddress(child: ChildTable, figure: TableColumn): [table: string, row: string, column: string] {
  const titles = (figure.titles ?? []).slice(child.key.split('.').length);
  const table = titles.length > 1 ? titles[0]! : '';
  return [table, titles.slice(table ? 1 : 0, -1).join('·'), titles.at(-1) ?? figure.label];
}

export function getPath(data: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((value, part) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined), data);
}

/** A list's items in one cell: "；" between them (the separator the importer splits on). */
export const LIST_SEPARATOR = '；';

/**
 * A list in one cell. Items are joined with "；" as offices write them; when an item holds a "；"
 * itself (a 受理条件 listing its own cases), one item a line, so the importer splits it back the
 * same; an item with a line break of its own leaves only a JSON array to keep it whole.
 */
export function listCellText(items: readonly unknown[]): string {
  const texts = items.map(String);
  if (texts.some((text) => /[\r\n]/.test(text))) return JSON.stringify(texts);
  return texts.join(texts.some((text) => /[；;]/.test(text)) ? '\n' : LIST_SEPARATOR);
}

/** A cell's text, as CSV and spreadsheets show it. */
export function cellText(column: TableColumn, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (column.kind === 'json') return JSON.stringify(value);
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (Array.isArray(value)) return column.kind === 'list' ? listCellText(value) : value.map(String).join(LIST_SEPARATOR);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

/** Code → name of the entry it refers to, for the 名称 column beside every reference. */
export type RefName = (kind: string, code: string) => string | undefined;

export interface ExportColumn {
  header: string;
  column: TableColumn;
  /** A name shown beside a code: derived, never imported. */
  nameOf?: true;
}

/** Header suffix of the derived name column beside a code. */
export const NAME_SUFFIX = '（名称）';

export function exportColumns(columns: readonly TableColumn[], withNames: boolean): ExportColumn[] {
  return columns.flatMap((column) => [
    { header: column.label, column },
    ...(withNames && column.ref ? [{ header: `${column.label}${NAME_SUFFIX}`, column, nameOf: true as const }] : []),
  ]);
}

export function exportCell(exported: ExportColumn, data: unknown, refName?: RefName): string {
  const value = getPath(data, exported.column.key);
  if (exported.nameOf) return typeof value === 'string' && exported.column.ref ? (refName?.(exported.column.ref, value) ?? '') : '';
  return cellText(exported.column, value);
}

export interface Sheet {
  name: string;
  /** Dotted key of the child list, or undefined for the main table. */
  child?: string;
  columns: ExportColumn[];
  header: string[];
  /** Cell texts, row by row. */
  rows: string[][];
}

/**
 * The main sheet and one sheet per list of records, the child rows keyed by the entry's id. A model
 * with a body gets it as the main sheet's last column (the entry's `body`, as a Markdown loader
 * gives it, without the blank lines around it).
 */
export function sheetsOf(model: TableModel, name: string, entries: readonly { data: unknown; body?: string }[], refName?: RefName): Sheet[] {
  const main = [...exportColumns(model.columns, Boolean(refName)), ...(model.body ? [{ header: model.body.label, column: model.body }] : [])];
  const idColumn = model.columns.find((column) => column.key === model.idKey)!;
  const mainRow = (entry: { data: unknown; body?: string }) => main.map((c) => (c.column.key === BODY_KEY ? (entry.body ?? '').trim() : exportCell(c, entry.data, refName)));
  const sheets: Sheet[] = [{ name, columns: main, header: main.map((c) => c.header), rows: entries.map(mainRow) }];
  for (const child of model.children) {
    const columns = [{ header: model.idLabel, column: idColumn }, ...exportColumns(child.columns, Boolean(refName))];
    const rows: string[][] = [];
    if (child.figures) {
      // One row per figure, at its address (表, 行, 列).
      for (const entry of entries) {
        const id = cellText(idColumn, getPath(entry.data, model.idKey));
        for (const figure of child.figures) {
          const value = getPath(entry.data, figure.key);
          if (value === undefined) continue;
          rows.push([id, ...figureAddress(child, figure), cellText(figure, value)]);
        }
      }
      sheets.push({ name: child.label, child: child.key, columns, header: columns.map((c) => c.header), rows });
      continue;
    }
    for (const entry of entries) {
      const items = getPath(entry.data, child.key);
      if (!Array.isArray(items)) continue;
      const id = cellText(idColumn, getPath(entry.data, model.idKey));
      for (const item of items) rows.push([id, ...columns.slice(1).map((c) => exportCell(c, item, refName))]);
    }
    sheets.push({ name: child.label, child: child.key, columns, header: columns.map((c) => c.header), rows });
  }
  return sheets;
}
