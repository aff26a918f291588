// The browser editor (/admin/): its configuration from the kind records and the office's repository.
import { kinds, kindKeys } from '../kinds/index.ts';
import { jsonSchemaOf } from '../lib/content-check/schema-walk.ts';
import { cmsConfig, type BackendSettings, type KindForEditor } from '../lib/cms-config.ts';
import { getSite } from './content.ts';

export async function editorConfig() {
  const site = await getSite();
  const editorKinds: KindForEditor[] = kindKeys.map((name) => {
    const kind = kinds[name];
    return { name, label: kind.label, path: kind.folder, format: kind.format, single: 'single' in kind, idField: 'idField' in kind ? kind.idField : undefined, schema: jsonSchemaOf(kind.schema) };
  });
  return cmsConfig(editorKinds, await editorBackend(), site.siteUrl);
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
