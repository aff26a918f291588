// A 文书样本's files as links: the URL the attachments integration copies each file to, and its
// type and size. Pages read this, so a link and its file cannot drift apart.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { KindEntry } from '../../data/own.ts';
import type { documentTemplateSchema } from '../../schemas/enforcement/templates.ts';
import { attachmentSource, attachmentUrl, fileType, formatSize } from '../../lib/attachments.ts';
import { CONTENT_DIR } from '../../lib/content-files.ts';

export interface TemplateFile {
  title: string;
  url: string;
  /** "PDF，180 KB": what a reader needs before downloading. */
  description: string;
}

export function templateFiles(entry: KindEntry<typeof documentTemplateSchema>): TemplateFile[] {
  const entryFile = entry.filePath ?? '';
  return entry.data.files.map(({ title, file }) => {
    const { size } = statSync(join(process.cwd(), CONTENT_DIR, attachmentSource(entryFile, file)));
    return { title, url: attachmentUrl(entryFile, file), description: `${fileType(file)}，${formatSize(size)}` };
  });
}
