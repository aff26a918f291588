// How a page shows one schema field, read from the field's JSON Schema: its Chinese label (the
// label() metadata), whether it refers to other entries (x-ref), is a list, or is a list of legal
// bases (law + article). Generic list and detail pages render fields by this shape, so no page
// types a field's label by hand.
import type { JsonSchema } from './content-check/schema-walk.ts';

export type FieldShape =
  | { label: string; description?: string; shape: 'text' }
  | { label: string; description?: string; shape: 'texts' }
  | { label: string; description?: string; shape: 'ref'; kind: string }
  | { label: string; description?: string; shape: 'refs'; kind: string }
  | { label: string; description?: string; shape: 'legal-basis' }
  | { label: string; description?: string; shape: 'group'; keys: string[] }
  | { label: string; description?: string; shape: 'document' };

function variants(schema: JsonSchema): JsonSchema[] {
  return [schema, ...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])];
}

/** The field's shape, or a sentence saying what is missing (for the kinds test to print). */
export function fieldShape(schema: JsonSchema, key: string): FieldShape | string {
  const property = variants(schema).find((variant) => variant.properties?.[key])?.properties?.[key];
  if (!property) return `模式中没有字段“${key}”`;
  const label = property.title;
  if (!label) return `字段“${key}”没有中文名（在模式中用 label(…, '中文名') 标注）`;
  const description = property.description;
  const items = variants(property).find((variant) => variant.items)?.items;
  if (items) {
    if (typeof items['x-ref'] === 'string') return { label, description, shape: 'refs', kind: items['x-ref'] };
    const props = variants(items).find((variant) => variant.properties)?.properties;
    if (props?.law && props.article) return { label, description, shape: 'legal-basis' };
    return { label, description, shape: 'texts' };
  }
  const ref = variants(property).find((variant) => typeof variant['x-ref'] === 'string')?.['x-ref'];
  if (typeof ref === 'string') return { label, description, shape: 'ref', kind: ref };
  // A group of fields (行政相对人: 名称, 类别 …) is shown as its own fields, each with its label.
  const group = variants(property).find((variant) => variant.properties)?.properties;
  // A downloadable document (名称 + 文件): one link, not two rows of text.
  if (group?.title && group.file && variants(group.file).some((variant) => variant['x-file'] === true)) return { label, description, shape: 'document' };
  if (group) return { label, description, shape: 'group', keys: Object.keys(group) };
  return { label, description, shape: 'text' };
}

/** The schema of the object holding a dotted path's last key ("party.name" → the party object). */
function holderOf(schema: JsonSchema, path: string): { holder: JsonSchema | undefined; key: string } {
  const keys = path.split('.');
  let holder: JsonSchema | undefined = schema;
  for (const key of keys.slice(0, -1)) {
    const property: JsonSchema | undefined = holder && variants(holder).find((variant) => variant.properties?.[key])?.properties?.[key];
    holder = property && (variants(property).find((variant) => variant.items)?.items ?? variants(property).find((variant) => variant.properties));
  }
  return { holder, key: keys.at(-1)! };
}

/** The shape, failing loudly where the record names a field the schema lacks or leaves unlabelled. */
export function requireFieldShape(schema: JsonSchema, path: string, where: string): FieldShape {
  const { holder, key } = holderOf(schema, path);
  const shape = holder ? fieldShape(holder, key) : `模式中没有字段“${path}”`;
  if (typeof shape === 'string') throw new Error(`${where}：${shape}`);
  return shape;
}

/** A plain value as a page shows it: 是/否 for booleans, the text otherwise. */
export function displayValue(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  return String(value);
}

/** The label of a field by dotted path ("party.name" → 名称), for tables and lists that show nested fields. */
export function fieldLabel(schema: JsonSchema, path: string): string | undefined {
  const { holder, key } = holderOf(schema, path);
  const shape = holder ? fieldShape(holder, key) : undefined;
  return typeof shape === 'object' ? shape.label : undefined;
}
