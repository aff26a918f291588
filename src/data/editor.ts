// The browser editor (/admin/): its configuration from the kind records and the office's repository.
import { kinds, kindKeys } from '../kinds/index.ts';
import { jsonSchemaOf } from '../lib/content-check/schema-walk.ts';
import { backendSettings, cmsConfig, type BackendSettings, type KindForEditor } from '../lib/cms-config.ts';
import { getSite } from './content.ts';

export async function editorConfig() {
  const site = await getSite();
  const editorKinds: KindForEditor[] = kindKeys.map((name) => {
    const kind = kinds[name];
    return { name, label: kind.label, path: kind.folder, format: kind.format, single: 'single' in kind, idField: 'idField' in kind ? kind.idField : undefined, schema: jsonSchemaOf(kind.schema) };
  });
  return cmsConfig(editorKinds, await editorBackend(), site.siteUrl);
}

/** The repository the editor commits to and how staff sign in, from site.yaml (also used for the page's CSP). */
export async function editorBackend(): Promise<BackendSettings> {
  const site = await getSite();
  return backendSettings(site.cms ?? { backend: 'github', repo: 'owner/repository', branch: 'main' });
}
