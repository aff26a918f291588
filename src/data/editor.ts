// The browser editor (/admin/): its configuration from the schemas and the office's repository.
import { contentKinds, kindNames } from '../schemas/index.ts';
import { jsonSchemaOf } from '../lib/content-check/schema-walk.ts';
import { cmsConfig, type BackendSettings, type KindForEditor } from '../lib/cms-config.ts';
import { getSite } from './content.ts';

export async function editorConfig() {
  const site = await getSite();
  const kinds: KindForEditor[] = kindNames.map((name) => {
    const kind = contentKinds[name];
    return { name, label: kind.label, path: kind.path, format: kind.format, single: 'single' in kind, idField: 'idField' in kind ? kind.idField : undefined, schema: jsonSchemaOf(kind.schema) };
  });
  return cmsConfig(kinds, await editorBackend(), site.siteUrl);
}

/** The repository the editor commits to, from site.yaml (also used for the page's CSP). */
export async function editorBackend(): Promise<BackendSettings> {
  const site = await getSite();
  return {
    name: site.cms?.backend ?? 'github',
    repo: site.cms?.repo ?? 'owner/repository',
    branch: site.cms?.branch ?? 'main',
    ...(site.cms?.baseUrl ? { base_url: site.cms.baseUrl } : {}),
    // Sveltia's API root defaults to gitlab.com / gitea.com even when base_url names the office's own server.
    ...(site.cms?.baseUrl && site.cms.backend !== 'github' ? { api_root: `${site.cms.baseUrl.replace(/\/+$/, '')}/api/${site.cms.backend === 'gitlab' ? 'v4' : 'v1'}` } : {}),
  };
}
