// A new entry's file, ready to fill: every required field present and blank with its Chinese
// label and hint in a comment above it, optional fields shown as comments, and the values the
// project can know filled in (code, 索引号, today's dates). A blank scaffold fails the content
// check field by field, so nothing half-written can be published.
import { stringify } from 'yaml';
import type { JsonSchema } from './content-check/schema-walk.ts';

export interface ScaffoldOptions {
  schema: JsonSchema;
  format: 'yaml' | 'markdown';
  /** Values known in advance, by top-level key. */
  values: Record<string, unknown>;
  /** Existing codes per collection, to suggest in reference hints. */
  existingIds: Record<string, string[]>;
  kindLabels: Record<string, string>;
  /** Top-level keys the schema leaves optional but the content check requires of this kind (内容概述). */
  alsoRequired?: readonly string[];
}

function variants(schema: JsonSchema): JsonSchema[] {
  return [schema, ...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].filter((v) => v.type !== 'null');
}
const pick = <T>(schema: JsonSchema, get: (v: JsonSchema) => T | undefined) => variants(schema).map(get).find((v) => v !== undefined);

function hint(schema: JsonSchema, required: boolean, options: ScaffoldOptions): string {
  const parts = [schema.title ?? ''];
  if (typeof schema.description === 'string') parts.push(`：${schema.description}`);
  parts.push(required ? '（必填）' : '（选填）');
  const values = pick(schema, (v) => v.enum) ?? pick(schema, (v) => v.items && pick(v.items, (i) => i.enum));
  if (values) parts.push(` 可选：${values.join('、')}`);
  const ref = pick(schema, (v) => (typeof v['x-ref'] === 'string' ? v['x-ref'] : undefined)) ?? pick(schema, (v) => v.items && pick(v.items, (i) => (typeof i['x-ref'] === 'string' ? i['x-ref'] : undefined)));
  if (ref) {
    const ids = options.existingIds[ref] ?? [];
    parts.push(` 填写${options.kindLabels[ref] ?? ref}的编码${ids.length ? `，如 ${ids.slice(0, 3).join('、')}` : ''}`);
  }
  if (pick(schema, (v) => (v['x-date'] ? true : undefined))) parts.push(' 格式 YYYY-MM-DD');
  if (pick(schema, (v) => (v['x-file'] ? true : undefined))) parts.push(' 文件放在本文件所在目录下');
  return parts.join('');
}

const scalar = (value: unknown) => stringify(value).trimEnd();

function render(schema: JsonSchema, options: ScaffoldOptions, indent: string, values: Record<string, unknown>): string[] {
  const object = pick(schema, (v) => (v.properties ? v : undefined));
  if (!object?.properties) return [];
  const required = new Set([...(object.required ?? []), ...(indent === '' ? options.alsoRequired ?? [] : [])]);
  const lines: string[] = [];
  for (const [key, property] of Object.entries(object.properties)) {
    const isRequired = required.has(key);
    lines.push(`${indent}# ${hint(property, isRequired, options)}`);
    if (key in values) {
      lines.push(`${indent}${key}: ${scalar(values[key])}`);
      continue;
    }
    if (!isRequired) {
      lines.push(`${indent}# ${key}:`);
      continue;
    }
    const items = pick(property, (v) => (v.type === 'array' ? v.items ?? {} : undefined));
    const minItems = pick(property, (v) => (typeof v.minItems === 'number' ? v.minItems : undefined)) ?? 0;
    const nested = pick(property, (v) => (v.properties ? v : undefined));
    if (items && minItems === 0) {
      // A list that may stay empty (e.g. results not yet known) starts empty.
      lines.push(`${indent}${key}: []`);
    } else if (items) {
      const itemObject = pick(items, (v) => (v.properties ? v : undefined));
      if (itemObject) {
        // One item to copy: its fields four spaces in, the first field line carrying the "- ".
        const itemLines = render(itemObject, options, `${indent}    `, {});
        const first = itemLines.findIndex((line) => !line.trimStart().startsWith('#'));
        if (first >= 0) itemLines[first] = `${indent}  - ${itemLines[first]!.trimStart()}`;
        lines.push(`${indent}${key}:`, ...itemLines);
      } else {
        lines.push(`${indent}${key}:`, `${indent}  -`);
      }
    } else if (nested) {
      lines.push(`${indent}${key}:`, ...render(nested, options, `${indent}  `, {}));
    } else {
      lines.push(`${indent}${key}:`);
    }
  }
  return lines;
}

export function scaffold(options: ScaffoldOptions): string {
  const yaml = `${render(options.schema, options, '', options.values).join('\n')}\n`;
  return options.format === 'markdown' ? `---\n${yaml}---\n\n<!-- 在此处用 Markdown 写正文（可以没有正文）。 -->\n` : yaml;
}

/** The code after the highest existing one: its last group of digits plus one, same width. */
export function nextCode(existing: readonly string[]): string | undefined {
  const sorted = [...existing].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const last = sorted.at(-1);
  const match = last ? /^(.*?)(\d+)(\D*)$/.exec(last) : null;
  if (!match) return undefined;
  const [, head, digits, tail] = match as unknown as [string, string, string, string];
  let number = Number(digits);
  let candidate: string;
  do {
    number += 1;
    candidate = `${head}${String(number).padStart(digits.length, '0')}${tail}`;
  } while (existing.includes(candidate));
  return candidate;
}

/** The next 索引号 for the year: the highest serial in use that year, plus one. */
export function nextIndexNo(officeCode: string, year: string, existing: readonly string[]): string {
  const prefix = `${officeCode}/${year}-`;
  const serials = existing.filter((indexNo) => indexNo.startsWith(prefix)).map((indexNo) => Number(indexNo.slice(prefix.length)));
  const next = (serials.length ? Math.max(...serials) : 0) + 1;
  return `${prefix}${String(next).padStart(5, '0')}`;
}
