// The browser editor (/admin/): its configuration from the kind records and the office's repository.
// It takes site.yaml's data rather than reading the content collection, so that
// scripts/build-editor.ts can build the editor on its own, outside Astro.
import { kinds, kindKeys } from '../kinds/index.ts';
import { jsonSchemaOf } from '../lib/content-check/schema-walk.ts';
import { backendSettings, cmsConfig, type BackendSettings, type CmsSettings, type KindForEditor } from '../lib/cms-config.ts';

export interface SiteForEditor {
  name: string;
  siteUrl: string;
  cms?: CmsSettings;
}

export function editorConfig(site: SiteForEditor) {
  const editorKinds: KindForEditor[] = kindKeys.map((name) => {
    const kind = kinds[name];
    return { name, label: kind.label, path: kind.folder, format: kind.format, single: 'single' in kind, idField: 'idField' in kind ? kind.idField : undefined, schema: jsonSchemaOf(kind.schema) };
  });
  return cmsConfig(editorKinds, editorBackend(site), site.siteUrl);
}

/** The repository the editor commits to and how staff sign in, from site.yaml (also used for the page's CSP). */
export function editorBackend(site: SiteForEditor): BackendSettings {
  return backendSettings(site.cms ?? { backend: 'github', repo: 'owner/repository', branch: 'main' });
}
