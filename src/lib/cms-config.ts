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

/** The backend block of Sveltia CMS's configuration (only the options this site sets). */
export interface BackendSettings {
  name: 'github' | 'gitlab' | 'gitea';
  repo: string;
  branch: string;
  /** GitLab/Gitea: the platform's web address, where sign-in happens; GitHub: the OAuth client's. */
  base_url?: string;
  api_root?: string;
  /** GitLab only: 'pkce' signs in from the browser with app_id and no server of ours. */
  auth_type?: 'pkce';
  app_id?: string;
  auth_methods: ('oauth' | 'token')[];
}

/** site.yaml's cms group: where the office's repository is and how staff sign in. */
export interface CmsSettings {
  backend: 'github' | 'gitlab' | 'gitea';
  repo: string;
  branch: string;
  baseUrl?: string;
  apiRoot?: string;
  appId?: string;
  authType?: 'pkce' | 'token' | 'oauth';
  authUrl?: string;
}

export type SignIn = 'pkce' | 'token' | 'oauth';

/** How staff sign in when site.yaml does not say: the platform's own sign-in if it can, else a personal token. */
export function signInOf(cms: CmsSettings): SignIn {
  if (cms.authType) return cms.authType;
  if (cms.backend !== 'github' && cms.appId) return 'pkce';
  if (cms.backend === 'github' && cms.authUrl) return 'oauth';
  return 'token';
}

/** Problems with the cms group that its fields alone cannot show: [field, Chinese message]. */
export function cmsSettingsProblems(cms: CmsSettings): [field: keyof CmsSettings, message: string][] {
  const problems: [keyof CmsSettings, string][] = [];
  const signIn = signInOf(cms);
  if (signIn === 'pkce' && cms.backend === 'github') problems.push(['authType', 'GitHub 不支持 pkce 登录，应为 token 或 oauth']);
  if (signIn === 'pkce' && !cms.appId) problems.push(['appId', '登录方式为 pkce 时应填写平台上登记的 OAuth 应用 ID']);
  if (signIn === 'oauth' && cms.backend !== 'github') problems.push(['authType', 'GitLab、Gitea 应为 pkce（填写 appId）或 token']);
  if (signIn === 'oauth' && !cms.authUrl) problems.push(['authUrl', '登录方式为 oauth 时应填写 OAuth 代理地址']);
  if (cms.authUrl && cms.backend !== 'github') problems.push(['authUrl', '只用于 GitHub；GitLab、Gitea 在平台地址（baseUrl）登录']);
  if (cms.backend !== 'github' && cms.appId && !cms.baseUrl) problems.push(['baseUrl', '使用 appId 时应填写平台地址，如 https://git.example.gov.cn']);
  if (cms.backend !== 'gitlab' && cms.repo.split('/').length !== 2) problems.push(['repo', '应为“所有者/仓库名”（只有 GitLab 可含子组）']);
  return problems;
}

const API_PATHS = { github: '/api/v3', gitlab: '/api/v4', gitea: '/api/v1' } as const;

/**
 * Sveltia CMS's backend block for the office's platform. Sveltia's API root and sign-in server
 * default to github.com / gitlab.com / gitea.com even when base_url names the office's own server,
 * so a self-hosted platform gets both; GitHub's base_url is its OAuth client, never the platform.
 */
export function backendSettings(cms: CmsSettings): BackendSettings {
  const signIn = signInOf(cms);
  const web = cms.baseUrl?.replace(/\/+$/, '');
  const apiRoot = cms.apiRoot?.replace(/\/+$/, '') ?? (web ? `${web}${API_PATHS[cms.backend]}` : undefined);
  const backend: BackendSettings = { name: cms.backend, repo: cms.repo, branch: cms.branch, auth_methods: [signIn === 'token' ? 'token' : 'oauth'] };
  if (apiRoot) backend.api_root = apiRoot;
  if (cms.backend === 'github') {
    if (signIn === 'oauth' && cms.authUrl) backend.base_url = cms.authUrl.replace(/\/+$/, '');
    return backend;
  }
  if (web) backend.base_url = web;
  if (signIn === 'pkce') {
    if (cms.backend === 'gitlab') backend.auth_type = 'pkce';
    if (cms.appId) backend.app_id = cms.appId;
  }
  return backend;
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

/**
 * The editor's check of a value's form, from the schema: a zod regex gives `pattern`, and the
 * builders whose check is a refinement (dates, credit codes, web addresses) declare `x-pattern`.
 * A regex check's own message is not in JSON Schema, so the field's label and hint stand in.
 */
function patternOf(schema: JsonSchema, title: string): [string, string] | undefined {
  const declared = find(schema, (v) => (Array.isArray(v['x-pattern']) ? (v['x-pattern'] as [string, string]) : undefined));
  if (declared) return declared;
  const pattern = find(schema, (v) => (typeof v.pattern === 'string' ? v.pattern : undefined));
  if (!pattern) return undefined;
  return [pattern, `格式不符合“${title}”的要求${typeof schema.description === 'string' ? `：${schema.description}` : ''}`];
}

/** Widgets whose value is typed text, so a pattern applies (a date picker or drop-down sets its own). */
const TYPED = new Set(['string', 'text']);

export function fieldsOf(schema: JsonSchema, kinds: Map<string, KindForEditor>): EditorField[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, property]) => {
    const title = property.title ?? name;
    const field: EditorField = { name, label: title, ...widgetFor(property, kinds) };
    if (!required.has(name)) field.required = false;
    if (typeof property.description === 'string') field.hint = property.description;
    const pattern = patternOf(property, title);
    if (pattern && TYPED.has(field.widget)) field.pattern = pattern;
    if (field.widget === 'list' && field.field) {
      const itemPattern = patternOf(find(property, (v) => v.items)?.items ?? {}, title);
      const item = field.field as EditorField;
      if (itemPattern && TYPED.has(item.widget)) item.pattern = itemPattern;
    }
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
