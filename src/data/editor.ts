// The browser editor (/admin/): its configuration from the schemas and the office's repository.
import { contentKinds, kindNames } from '../schemas/index.ts';
import { jsonSchemaOf } from '../lib/content-check/schema-walk.ts';
import { cmsConfig, type KindForEditor } from '../lib/cms-config.ts';
import { getSite } from './content.ts';

export async function editorConfig() {
  const site = await getSite();
  const kinds: KindForEditor[] = kindNames.map((name) => {
    const kind = contentKinds[name];
    return { name, label: kind.label, path: kind.path, format: kind.format, single: 'single' in kind, idField: 'idField' in kind ? kind.idField : undefined, schema: jsonSchemaOf(kind.schema) };
  });
  const backend = {
    name: site.cms?.backend ?? 'github',
    repo: site.cms?.repo ?? 'owner/repository',
    branch: site.cms?.branch ?? 'main',
    ...(site.cms?.baseUrl ? { base_url: site.cms.baseUrl } : {}),
  };
  return cmsConfig(kinds, backend, site.siteUrl);
}
