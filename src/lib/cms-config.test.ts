import { describe, expect, it } from 'vitest';
import { kinds as contentKinds, kindKeys as kindNames } from '../kinds/index.ts';
import { jsonSchemaOf, type JsonSchema } from './content-check/schema-walk.ts';
import { siteSchema } from '../schemas/site.ts';
import { backendSettings, cmsConfig, cmsSettingsProblems, type EditorField, type KindForEditor } from './cms-config.ts';

const kinds: KindForEditor[] = kindNames.map((name) => {
  const kind = contentKinds[name];
  return { name, label: kind.label, path: kind.folder, format: kind.format, single: 'single' in kind, idField: 'idField' in kind ? kind.idField : undefined, schema: jsonSchemaOf(kind.schema) };
});
const config = cmsConfig(kinds, backendSettings({ backend: 'github', repo: 'office/site', branch: 'main' }), 'https://example.gov.cn') as {
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

describe('the editor’s backend from site.yaml', () => {
  it('GitHub: a personal token by default, an OAuth client when authUrl is given, never PKCE', () => {
    expect(backendSettings({ backend: 'github', repo: 'office/site', branch: 'main' })).toEqual({ name: 'github', repo: 'office/site', branch: 'main', auth_methods: ['token'] });
    expect(backendSettings({ backend: 'github', repo: 'office/site', branch: 'main', authUrl: 'https://auth.example.gov.cn/' })).toEqual({
      name: 'github',
      repo: 'office/site',
      branch: 'main',
      base_url: 'https://auth.example.gov.cn',
      auth_methods: ['oauth'],
    });
    expect(cmsSettingsProblems({ backend: 'github', repo: 'office/site', branch: 'main', authType: 'pkce', appId: 'x' })).toContainEqual(['authType', expect.stringContaining('GitHub 不支持 pkce')]);
    expect(cmsSettingsProblems({ backend: 'github', repo: 'office/site', branch: 'main', authType: 'oauth' })).toContainEqual(['authUrl', expect.stringContaining('OAuth 代理地址')]);
  });

  it('self-hosted GitLab: its own API root and sign-in server, PKCE with the application id', () => {
    const cms = { backend: 'gitlab', repo: 'office/web/site', branch: 'main', baseUrl: 'https://git.example.gov.cn/', appId: 'a1b2c3' } as const;
    expect(cmsSettingsProblems(cms)).toEqual([]);
    expect(backendSettings(cms)).toEqual({
      name: 'gitlab',
      repo: 'office/web/site',
      branch: 'main',
      base_url: 'https://git.example.gov.cn',
      api_root: 'https://git.example.gov.cn/api/v4',
      auth_type: 'pkce',
      app_id: 'a1b2c3',
      auth_methods: ['oauth'],
    });
    // Without an application id staff sign in with a personal token, still on the office's server.
    expect(backendSettings({ ...cms, appId: undefined })).toEqual({
      name: 'gitlab',
      repo: 'office/web/site',
      branch: 'main',
      base_url: 'https://git.example.gov.cn',
      api_root: 'https://git.example.gov.cn/api/v4',
      auth_methods: ['token'],
    });
    expect(cmsSettingsProblems({ ...cms, authType: 'pkce', appId: undefined })).toContainEqual(['appId', expect.stringContaining('OAuth 应用 ID')]);
  });

  it('self-hosted Gitea or Forgejo: its own API root (/api/v1, or apiRoot) and app_id, no auth_type', () => {
    const cms = { backend: 'gitea', repo: 'office/site', branch: 'main', baseUrl: 'https://code.example.gov.cn:3000', appId: 'client-1' } as const;
    expect(backendSettings(cms)).toEqual({
      name: 'gitea',
      repo: 'office/site',
      branch: 'main',
      base_url: 'https://code.example.gov.cn:3000',
      api_root: 'https://code.example.gov.cn:3000/api/v1',
      app_id: 'client-1',
      auth_methods: ['oauth'],
    });
    expect(backendSettings({ ...cms, apiRoot: 'https://api.code.example.gov.cn/v1/' }).api_root).toBe('https://api.code.example.gov.cn/v1');
    expect(cmsSettingsProblems({ ...cms, baseUrl: undefined })).toContainEqual(['baseUrl', expect.stringContaining('平台地址')]);
    expect(cmsSettingsProblems({ ...cms, repo: 'a/b/c' })).toContainEqual(['repo', expect.stringContaining('所有者/仓库名')]);
    expect(cmsSettingsProblems({ ...cms, authType: 'oauth', authUrl: 'https://a.example.gov.cn' })).toHaveLength(2);
  });

  it('site.yaml’s schema reports the same problems on the cms field', () => {
    const result = siteSchema.shape.cms.safeParse({ backend: 'gitlab', repo: 'office/site', branch: 'main', authType: 'pkce' });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => [issue.path.join('.'), issue.message])).toContainEqual(['appId', expect.stringContaining('OAuth 应用 ID')]);
  });
});

/** Every field of a schema with its JSON Schema node and the editor field generated for it, nested ones included. */
function pairs(schema: JsonSchema, fields: EditorField[], prefix = ''): { path: string; node: JsonSchema; field: EditorField; required: boolean }[] {
  const object = [schema, ...(schema.anyOf ?? [])].find((v) => v.properties)!;
  const required = new Set(object.required ?? []);
  return Object.entries(object.properties!).flatMap(([key, node]) => {
    const field = fields.find((f) => f.name === key)!;
    const path = `${prefix}${key}`;
    const own = { path, node, field, required: required.has(key) };
    const variants = [node, ...(node.anyOf ?? [])];
    const inner = variants.find((v) => v.properties) ?? variants.find((v) => v.items)?.items;
    const innerObject = inner && [inner, ...(inner.anyOf ?? [])].find((v) => v.properties);
    const nested = field.fields as EditorField[] | undefined;
    return innerObject && nested ? [own, ...pairs(innerObject, nested, `${path}.`)] : [own];
  });
}

const first = (node: JsonSchema, key: string): unknown => [node, ...(node.anyOf ?? []), ...(node.items ? [node.items, ...(node.items.anyOf ?? [])] : [])].map((v) => v[key]).find((v) => v !== undefined);

describe('field rules in the editor follow the schemas', () => {
  it.each(kindNames)('%s: required fields are required, enums are selects with the same values, patterns are the same', (name) => {
    const all = pairs(jsonSchemaOf(contentKinds[name].schema), fieldsOfCollection(name));
    for (const { path, node, field, required } of all) {
      expect(field.required !== false, `${name}.${path} required`).toBe(required);
      const values = first(node, 'enum') as unknown[] | undefined;
      if (values && !node['x-ref'] && field.widget !== 'relation') {
        expect(field.widget, `${name}.${path}`).toBe('select');
        expect(field.options, `${name}.${path}`).toEqual(values.map(String));
      }
      const declared = first(node, 'x-pattern') as [string, string] | undefined;
      const pattern = declared?.[0] ?? (first(node, 'pattern') as string | undefined);
      if (!pattern) continue;
      // A list of plain values checks each item.
      const value = field.widget === 'list' && field.field ? (field.field as EditorField) : field;
      if (value.widget === 'datetime') {
        // A date picker writes YYYY-MM-DD itself.
        expect(value.format, `${name}.${path}`).toBe('YYYY-MM-DD');
      } else if (value.widget === 'file' || value.widget === 'relation') {
        // Chosen from the media library or from existing entries, never typed.
      } else {
        const typed = value.pattern as [string, string];
        expect(typed?.[0], `${name}.${path} pattern`).toBe(pattern);
        expect(typed[1], `${name}.${path} message`).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  it('checks codes, 索引号, 文号, credit codes, phones and web addresses as the build does', () => {
    const site = new Map(fieldsOfCollection('site').map((f) => [f.name, f]));
    const test = (field: EditorField | undefined, value: string) => new RegExp((field!.pattern as [string])[0]).test(value);
    expect(test(site.get('creditCode'), '11341600762764234C')).toBe(true);
    expect(test(site.get('creditCode'), '11341600762764234c')).toBe(false);
    expect(test(site.get('phone'), '0000-12345678')).toBe(true);
    expect(test(site.get('phone'), 'call me')).toBe(false);
    for (const address of ['https://www.example.gov.cn/a?b=1', 'HTTPS://www.example.gov.cn:8080/']) expect(test(site.get('siteUrl'), address), address).toBe(true);
    // The site's own address is https only (url({ https: true })); addresses of other sites may be http.
    expect(test(site.get('errorReportUrl'), 'HTTP://www.example.gov.cn:8080/')).toBe(true);
    for (const address of ['javascript:alert(1)', 'https://gov.cn@evil.example', '//www.example.gov.cn', 'https://www.example.gov.cn/a b', 'ftp://x.example.gov.cn', 'http://www.example.gov.cn/']) {
      expect(test(site.get('siteUrl'), address), address).toBe(false);
    }
    const documents = new Map(fieldsOfCollection('documents').map((f) => [f.name, f]));
    expect(test(documents.get('indexNo'), '11341600762764234C/2025-00001')).toBe(true);
    expect(test(documents.get('indexNo'), '11341600762764234C/2025-1')).toBe(false);
    // 文号: the year in 六角括号 〔〕, never square brackets or parentheses.
    expect(test(documents.get('docNo'), '示防办规〔2025〕1号')).toBe(true);
    for (const docNo of ['示防办规[2025]1号', '示防办规（2025）1号', '示防办规〔25〕1号']) expect(test(documents.get('docNo'), docNo), docNo).toBe(false);
    const services = new Map(fieldsOfCollection('services').map((f) => [f.name, f]));
    expect(test(services.get('code'), 'a-1.b')).toBe(true);
    expect(test(services.get('code'), '事项')).toBe(false);
  });
});
