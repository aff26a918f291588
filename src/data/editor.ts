// The browser editor (/admin/): its configuration from the kind records and the office's repository.
import { kinds, kindKeys } from '../kinds/index.ts';
import { jsonSchemaOf } from '../lib/content-check/schema-walk.ts';
import { cmsConfig, type KindForEditor } from '../lib/cms-config.ts';
import { getSite } from './content.ts';

export async function editorConfig() {
  const site = await getSite();
  const editorKinds: KindForEditor[] = kindKeys.map((name) => {
    const kind = kinds[name];
    return { name, label: kind.label, path: kind.folder, format: kind.format, single: 'single' in kind, idField: 'idField' in kind ? kind.idField : undefined, schema: jsonSchemaOf(kind.schema) };
  });
  const backend = {
    name: site.cms?.backend ?? 'github',
    repo: site.cms?.repo ?? 'owner/repository',
    branch: site.cms?.branch ?? 'main',
    ...(site.cms?.baseUrl ? { base_url: site.cms.baseUrl } : {}),
  };
  return cmsConfig(editorKinds, backend, site.siteUrl);
}
