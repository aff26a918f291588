// Open-data columns derived from a kind's schema, so an export never lists a field the schema
// lacks or misses one it has. Nested groups (收费 → 是否收费, 收费标准 …) become their own columns;
// lists become one cell, items separated by "；".
import type { JsonSchema } from '../content-check/schema-walk.ts';

export interface Column {
  /** Dotted path in the entry's data, e.g. "fee.charged". */
  key: string;
  /** Chinese header, e.g. "收费·是否收费". */
  label: string;
  description?: string;
  type: string;
}

function variants(schema: JsonSchema): JsonSchema[] {
  return [schema, ...(schema.anyOf ?? []), ...(schema.oneOf ?? [])];
}

function typeName(schema: JsonSchema): string {
  for (const variant of variants(schema)) {
    if (variant.enum) return `取值：${variant.enum.join('/')}`;
    const type = Array.isArray(variant.type) ? variant.type.find((t) => t !== 'null') : variant.type;
    if (type === 'array') return '列表';
    if (type === 'integer' || type === 'number') return '数字';
    if (type === 'boolean') return '是/否';
    if (type === 'object') return '字段组';
    if (type === 'string') return variant['x-ref'] ? `编码（引用${String(variant['x-ref'])}）` : '文本';
  }
  return '文本';
}

export function columnsOf(schema: JsonSchema, prefix = '', labelPrefix = ''): Column[] {
  const columns: Column[] = [];
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    const title = property.title ?? key;
    const path = prefix ? `${prefix}.${key}` : key;
    const label = labelPrefix ? `${labelPrefix}·${title}` : title;
    const object = variants(property).find((variant) => variant.properties && variant.type !== 'array');
    if (object) {
      columns.push(...columnsOf(object, path, label));
    } else {
      columns.push({ key: path, label, description: property.description, type: typeName(property) });
    }
  }
  return columns;
}

function getPath(data: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((value, part) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined), data);
}

export function formatCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (Array.isArray(value)) return value.map(formatCell).filter(Boolean).join('；');
  if (typeof value === 'object') return Object.values(value).map(formatCell).filter(Boolean).join(' ');
  return String(value);
}

export function rowOf(columns: readonly Column[], data: unknown): string[] {
  return columns.map((column) => formatCell(getPath(data, column.key)));
}
