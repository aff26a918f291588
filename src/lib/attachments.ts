// Files that live beside the content (original reports, blank forms, samples) and their place in
// the built site. An attachment path is relative to its entry's folder; its public URL mirrors its
// place under content/, so it never changes while the file stays where it is. The attachments
// integration copies the files to exactly these URLs; pages link to them through here.
import { posix } from 'node:path';
import { CONTENT_DIR } from '../schemas/index.ts';

/** Public URLs of attached files start here. */
export const ATTACHMENT_BASE = '/files/';

/**
 * Where the file lies under content/: the entry's own file (as Astro's `filePath` and the content
 * check give it, "content/reports/fzzf-2025.md") and the attachment path written in it
 * ("files/fzzf-2025.pdf") → "reports/files/fzzf-2025.pdf".
 */
export function attachmentSource(entryFile: string, file: string): string {
  const entry = entryFile.split('\\').join('/').replace(/^\.\//, '');
  const underContent = entry.startsWith(`${CONTENT_DIR}/`) ? entry.slice(CONTENT_DIR.length + 1) : entry;
  const path = posix.normalize(`${posix.dirname(underContent)}/${file}`);
  // The schema already refuses "..", absolute paths and other characters; this guards the URL as well.
  if (path.startsWith('../') || path.startsWith('/') || !/^[A-Za-z0-9._/-]+$/.test(path)) {
    throw new Error(`附件路径“${file}”不在 ${CONTENT_DIR}/ 之内`);
  }
  return path;
}

/** The URL the built site serves the file at: "/files/reports/files/fzzf-2025.pdf". */
export function attachmentUrl(entryFile: string, file: string): string {
  return `${ATTACHMENT_BASE}${attachmentSource(entryFile, file)}`;
}

const TYPES: Record<string, string> = {
  pdf: 'PDF',
  doc: 'Word',
  docx: 'Word',
  wps: 'WPS',
  xls: 'Excel',
  xlsx: 'Excel',
  ofd: 'OFD',
  jpg: 'JPG 图片',
  png: 'PNG 图片',
  zip: 'ZIP 压缩包',
};

export function fileType(file: string): string {
  const extension = posix.extname(file).slice(1).toLowerCase();
  return TYPES[extension] ?? extension.toUpperCase();
}

/** 812 → "1 KB", 122880 → "120 KB", 2516582 → "2.4 MB": what a reader needs before downloading. */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.ceil(bytes / 1024))} KB`;
  return `${(Math.round((bytes / (1024 * 1024)) * 10) / 10).toFixed(1)} MB`;
}

/** "（PDF，120 KB）", shown after the link. */
export function describeAttachment(file: string, bytes: number): string {
  return `（${fileType(file)}，${formatSize(bytes)}）`;
}
