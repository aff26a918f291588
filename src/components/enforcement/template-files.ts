// Where a 文书样本's files are served: /enforcement/templates/download/<编码>/<file name>, copied
// byte for byte from beside the entry by the download endpoint. Pages and the endpoint both use
// this, so a link and its file cannot drift apart.
import { statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { CollectionEntry } from 'astro:content';

export const TEMPLATE_DOWNLOAD_BASE = '/enforcement/templates/download/';

export interface TemplateFile {
  title: string;
  /** Path of the file on disk. */
  source: string;
  /** "<编码>/<file name>": the endpoint's parameter. */
  param: string;
  url: string;
  /** "PDF，180 KB": what a reader needs before downloading. */
  description: string;
}

const TYPES: Record<string, string> = { pdf: 'PDF', doc: 'Word', docx: 'Word', wps: 'WPS', xls: 'Excel', xlsx: 'Excel', ofd: 'OFD', jpg: 'JPG 图片', png: 'PNG 图片', zip: 'ZIP 压缩包' };

export function templateFiles(entry: CollectionEntry<'documentTemplates'>): TemplateFile[] {
  const folder = dirname(resolve(entry.filePath ?? ''));
  return entry.data.files.map(({ title, file }) => {
    const param = `${entry.id}/${basename(file)}`;
    const source = resolve(folder, file);
    const extension = file.split('.').pop()?.toLowerCase() ?? '';
    const size = Math.max(1, Math.ceil(statSync(source).size / 1024));
    return { title, source, param, url: `${TEMPLATE_DOWNLOAD_BASE}${param}`, description: `${TYPES[extension] ?? extension.toUpperCase()}，${size} KB` };
  });
}
