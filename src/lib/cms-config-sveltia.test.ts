// The editor's configuration, as /admin/config.yml serves it, checked against the JSON schema that
// the installed Sveltia CMS publishes for its own configuration (schema/sveltia-cms.json), for
// each way an office connects it: GitHub with a token or an OAuth client, a self-hosted GitLab
// with PKCE or a token, a self-hosted Gitea and a Forgejo (the same backend) with PKCE. Sveltia's
// schema forbids unknown backend options, so a misspelt option fails here rather than in a
// browser on the day staff first sign in.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { editorConfigText } from '../pages/admin/_editor-files.ts';
import { SVELTIA_DIR } from '../pages/admin/_sveltia-package.ts';
import { editorBackend } from '../data/editor.ts';
import { siteSchema } from '../schemas/site.ts';
import type { CmsSettings } from './cms-config.ts';

const schemaFile = join(SVELTIA_DIR, 'schema/sveltia-cms.json');
const ajv = new Ajv({ strict: false });
// The two formats Sveltia's schema names, checked as a browser would read them.
ajv.addFormat('regex', (value: string) => {
  try {
    new RegExp(value);
    return true;
  } catch {
    return false;
  }
});
ajv.addFormat('uri', (value: string) => URL.canParse(value));
const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')) as object);

function problems(config: Record<string, unknown>): string[] {
  return validate(config) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message} ${JSON.stringify(error.params)}`);
}

/** The whole file as /admin/config.yml serves it (every collection of every kind), made once: it takes seconds. */
const served = parse(editorConfigText({ name: '示例市人民防空办公室', siteUrl: 'https://rfb.example.gov.cn', cms: { backend: 'github', repo: 'office/site', branch: 'main' } })) as Record<string, unknown>;

/** The configuration for site.yaml's cms group, after site.yaml's own check: its backend with the served collections. */
function configFor(cms: CmsSettings): Record<string, unknown> {
  const checked = siteSchema.shape.cms.safeParse(cms);
  expect(checked.success, JSON.stringify(checked.error?.issues)).toBe(true);
  return { ...served, backend: editorBackend({ name: '示例市人民防空办公室', siteUrl: 'https://rfb.example.gov.cn', cms }) };
}

const BACKENDS: [string, CmsSettings, Record<string, unknown>][] = [
  ['GitHub, personal token', { backend: 'github', repo: 'office/site', branch: 'main' }, { name: 'github', auth_methods: ['token'] }],
  ['GitHub, OAuth client', { backend: 'github', repo: 'office/site', branch: 'main', authUrl: 'https://auth.example.gov.cn' }, { base_url: 'https://auth.example.gov.cn', auth_methods: ['oauth'] }],
  [
    'self-hosted GitLab, PKCE',
    { backend: 'gitlab', repo: 'office/web/site', branch: 'main', baseUrl: 'https://git.example.gov.cn', appId: 'a1b2c3' },
    { api_root: 'https://git.example.gov.cn/api/v4', base_url: 'https://git.example.gov.cn', auth_type: 'pkce', app_id: 'a1b2c3' },
  ],
  ['self-hosted GitLab, personal token', { backend: 'gitlab', repo: 'office/site', branch: 'main', baseUrl: 'https://git.example.gov.cn' }, { api_root: 'https://git.example.gov.cn/api/v4', auth_methods: ['token'] }],
  [
    'self-hosted Gitea, PKCE',
    { backend: 'gitea', repo: 'office/site', branch: 'main', baseUrl: 'https://code.example.gov.cn', appId: 'client-1' },
    { api_root: 'https://code.example.gov.cn/api/v1', base_url: 'https://code.example.gov.cn', app_id: 'client-1', auth_methods: ['oauth'] },
  ],
  [
    'self-hosted Forgejo under a path, PKCE',
    { backend: 'gitea', repo: 'office/site', branch: 'release', baseUrl: 'https://intra.example.gov.cn/forgejo/', appId: 'client-2' },
    { api_root: 'https://intra.example.gov.cn/forgejo/api/v1', base_url: 'https://intra.example.gov.cn/forgejo', branch: 'release' },
  ],
];

describe('the editor’s configuration passes Sveltia CMS’s own schema', () => {
  it('the file served at /admin/config.yml, every collection of every kind included', () => {
    expect(problems(served)).toEqual([]);
    expect((served.collections as unknown[]).length).toBeGreaterThan(10);
  });

  // One collection is enough beside each backend: the collections do not depend on it.
  it.each(BACKENDS)('%s', (_name, cms, expected) => {
    const config = configFor(cms);
    expect(problems({ ...config, collections: (config.collections as unknown[]).slice(0, 2) })).toEqual([]);
    expect(config.backend).toMatchObject(expected);
  });

  it('would catch an option Sveltia does not know, or a wrong sign-in value', () => {
    const config: Record<string, unknown> = { ...configFor(BACKENDS[2]![1]), collections: (served.collections as unknown[]).slice(0, 2) };
    expect(problems(config)).toEqual([]);
    const backend = config.backend as Record<string, unknown>;
    expect(problems({ ...config, backend: { ...backend, appId: 'a1b2c3' } })).not.toEqual([]);
    expect(problems({ ...config, backend: { ...backend, auth_type: 'implicit' } })).not.toEqual([]);
    expect(problems({ ...config, backend: { ...backend, auth_methods: ['password'] } })).not.toEqual([]);
  });
});
