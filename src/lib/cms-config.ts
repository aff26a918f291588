// The browser editor's configuration (Sveltia CMS, Decap-compatible), generated from the content
// schemas: a field added to a schema appears in the editor with no second edit. Labels and hints
// are the schemas' Chinese labels; references become relation widgets, dates date pickers,
// attachments file widgets, enumerations drop-downs.
import type { JsonSchema } from './content-check/schema-walk.ts';

export interface KindForEditor {
  name: string;
  label: string;
  /** Folder or file under content/. */
  path: string;
  format: 'yaml' | 'markdown';
  single?: boolean;
  idField?: string;
  schema: JsonSchema;
}

export interface EditorField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  [option: string]: unknown;
}

/** A widget and its options, before the field's name and label are added. */
interface Widget {
  widget: string;
  [option: string]: unknown;
}

export interface BackendSettings {
  name: string;
  repo: string;
  branch: string;
  base_url?: string;
  api_root?: string;
}

function variants(schema: JsonSchema): JsonSchema[] {
  return [schema, ...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].filter((v) => v.type !== 'null');
}

function find<T>(schema: JsonSchema, pick: (variant: JsonSchema) => T | undefined): T | undefined {
  for (const variant of variants(schema)) {
    const found = pick(variant);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The editor widget and its options for one schema node. */
function widgetFor(schema: JsonSchema, kinds: Map<string, KindForEditor>): Widget {
  const ref = find(schema, (v) => (typeof v['x-ref'] === 'string' ? v['x-ref'] : undefined));
  if (ref) {
    const target = kinds.get(ref);
    const searchField = target?.schema.properties?.name ? 'name' : target?.idField ?? '{{slug}}';
    return { widget: 'relation', collection: ref, value_field: target?.idField ?? '{{slug}}', search_fields: [searchField, target?.idField ?? '{{slug}}'], display_fields: [searchField] };
  }
  if (find(schema, (v) => (v['x-file'] ? true : undefined))) return { widget: 'file' };
  if (find(schema, (v) => (v['x-date'] ? true : undefined))) {
    return { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: true };
  }
  const options = find(schema, (v) => v.enum);
  if (options) return { widget: 'select', options: options.map(String) };
  const items = find(schema, (v) => (v.type === 'array' ? v.items : undefined));
  if (items) {
    const inner = widgetFor(items, kinds);
    if (inner.widget === 'object') return { widget: 'list', fields: inner.fields };
    if (inner.widget === 'select') return { widget: 'select', multiple: true, options: inner.options };
    if (inner.widget === 'relation') return { ...inner, multiple: true };
    return { widget: 'list', field: { name: 'item', label: '项', ...inner } };
  }
  const object = find(schema, (v) => (v.properties ? v : undefined));
  if (object) return { widget: 'object', fields: fieldsOf(object, kinds) };
  const type = find(schema, (v) => (typeof v.type === 'string' ? v.type : undefined));
  if (type === 'boolean') return { widget: 'boolean' };
  if (type === 'integer') return { widget: 'number', value_type: 'int' };
  if (type === 'number') return { widget: 'number', value_type: 'float' };
  return { widget: 'string' };
}

export function fieldsOf(schema: JsonSchema, kinds: Map<string, KindForEditor>): EditorField[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, property]) => {
    const field: EditorField = { name, label: property.title ?? name, ...widgetFor(property, kinds) };
    if (!required.has(name)) field.required = false;
    if (typeof property.description === 'string') field.hint = property.description;
    return field;
  });
}

export function cmsConfig(kinds: readonly KindForEditor[], backend: BackendSettings, siteUrl: string): Record<string, unknown> {
  const byName = new Map(kinds.map((kind) => [kind.name, kind]));
  const collections = kinds.map((kind) => {
    const fields = fieldsOf(kind.schema, byName);
    if (kind.format === 'markdown') fields.push({ name: 'body', label: '正文', widget: 'markdown', required: false });
    if (kind.single) {
      return { name: kind.name, label: kind.label, files: [{ name: kind.name, label: kind.label, file: `content/${kind.path}`, format: 'yaml', fields }] };
    }
    return {
      name: kind.name,
      label: kind.label,
      folder: `content/${kind.path}`,
      ...(kind.format === 'markdown' ? { extension: 'md', format: 'frontmatter' } : { extension: 'yaml', format: 'yaml' }),
      create: true,
      ...(kind.idField ? { identifier_field: kind.idField, slug: `{{${kind.idField}}}` } : {}),
      // Attachments live beside the entries, e.g. content/services/files/….
      media_folder: 'files',
      public_folder: 'files',
      fields,
    };
  });
  return {
    backend,
    site_url: siteUrl,
    publish_mode: 'simple',
    media_folder: 'content/files',
    collections,
  };
}
