import { describe, expect, it } from 'vitest';
import { contentKinds, kindNames } from '../schemas/index.ts';
import { jsonSchemaOf, type JsonSchema } from './content-check/schema-walk.ts';
import { cmsConfig, type EditorField, type KindForEditor } from './cms-config.ts';

const kinds: KindForEditor[] = kindNames.map((name) => {
  const kind = contentKinds[name];
  return { name, label: kind.label, path: kind.path, format: kind.format, single: 'single' in kind, idField: 'idField' in kind ? kind.idField : undefined, schema: jsonSchemaOf(kind.schema) };
});
const config = cmsConfig(kinds, { name: 'github', repo: 'office/site', branch: 'main' }, 'https://example.gov.cn') as {
  collections: { name: string; fields?: EditorField[]; files?: { fields: EditorField[] }[] }[];
};

function fieldsOfCollection(name: string): EditorField[] {
  const collection = config.collections.find((c) => c.name === name)!;
  return collection.fields ?? collection.files![0]!.fields;
}

/** Every property path of a JSON schema, e.g. "materials[].template.file". */
function schemaPaths(schema: JsonSchema, prefix = ''): string[] {
  const object = [schema, ...(schema.anyOf ?? [])].find((v) => v.properties);
  const array = [schema, ...(schema.anyOf ?? [])].find((v) => v.items);
  if (array?.items) return schemaPaths(array.items, `${prefix}[]`);
  if (!object?.properties) return [];
  return Object.entries(object.properties).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return [path, ...schemaPaths(value, path)];
  });
}

function fieldPaths(fields: EditorField[], prefix = ''): string[] {
  return fields.flatMap((field) => {
    const path = prefix ? `${prefix}.${field.name}` : field.name;
    const nested = field.fields as EditorField[] | undefined;
    const listed = field.widget === 'list' ? `${path}[]` : path;
    return [path, ...(nested ? fieldPaths(nested, listed) : [])];
  });
}

describe('editor configuration from the schemas', () => {
  it.each(kindNames)('covers every field of %s, nested ones included', (name) => {
    const expected = schemaPaths(jsonSchemaOf(contentKinds[name].schema)).map((path) => path.replace(/\[\]$/, ''));
    const actual = new Set(fieldPaths(fieldsOfCollection(name)).map((path) => path.replace(/\[\]$/, '')));
    for (const path of expected) expect(actual, `${name}: ${path}`).toContain(path);
  });

  it('labels fields in Chinese and picks fitting widgets', () => {
    const fields = fieldsOfCollection('services');
    const byName = new Map(fields.map((f) => [f.name, f]));
    expect(byName.get('name')).toMatchObject({ label: '事项名称', widget: 'string' });
    expect(byName.get('power')).toMatchObject({ label: '对应权力事项', widget: 'relation', collection: 'powers', value_field: 'code' });
    expect(byName.get('type')).toMatchObject({ widget: 'select' });
    expect((byName.get('type')!.options as string[])).toContain('行政许可');
    expect(byName.get('publishDate')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false });
    expect(byName.get('visits')).toMatchObject({ widget: 'number', value_type: 'int' });
    expect(byName.get('onlineUrl')).toMatchObject({ required: false });
    const materials = byName.get('materials')!;
    expect(materials.widget).toBe('list');
    const template = (materials.fields as EditorField[]).find((f) => f.name === 'template')!;
    expect((template.fields as EditorField[]).find((f) => f.name === 'file')).toMatchObject({ widget: 'file' });
    expect(fields.at(-1)).toMatchObject({ name: 'body', widget: 'markdown' });
  });

  it('stores entries where the site reads them, named by their codes', () => {
    const services = config.collections.find((c) => c.name === 'services') as Record<string, unknown>;
    expect(services).toMatchObject({ folder: 'content/services', extension: 'md', format: 'frontmatter', slug: '{{code}}', identifier_field: 'code' });
    const site = config.collections.find((c) => c.name === 'site') as unknown as { files: { file: string }[] };
    expect(site.files[0]!.file).toBe('content/site.yaml');
  });
});
