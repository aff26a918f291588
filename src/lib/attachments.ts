// Files that live beside the content (original reports, blank forms, samples) and their place in
// the built site. An attachment path is relative to its entry's folder; its public URL mirrors its
// place under content/, so it never changes while the file stays where it is. The attachments
// integration copies the files to exactly these URLs; pages link to them through here.
import { posix } from 'node:path';
import { CONTENT_DIR } from './content-files.ts';

/** The largest file an entry may attach: the check refuses larger ones, and nothing reads them whole. */
export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;

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

/**
 * The formats an attachment may have: extension → the name readers see and the MIME type served.
 * Each one's content can be verified from its signature (see content-check/attachment-files.ts);
 * .doc/.xls/.wps (one OLE container for all three) and .zip (anything can hide inside) cannot, and
 * no content used them, so they are not accepted. The attachment() schema lists the same extensions.
 */
export const ATTACHMENT_FORMATS = {
  pdf: { name: 'PDF', mime: 'application/pdf' },
  docx: { name: 'Word', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  xlsx: { name: 'Excel', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  ofd: { name: 'OFD', mime: 'application/ofd' },
  jpg: { name: 'JPG 图片', mime: 'image/jpeg' },
  png: { name: 'PNG 图片', mime: 'image/png' },
} as const;

export type AttachmentExtension = keyof typeof ATTACHMENT_FORMATS;

/** "files/A.PDF" → "pdf"; undefined when the extension is not an accepted format. */
export function attachmentExtension(file: string): AttachmentExtension | undefined {
  const extension = posix.extname(file).slice(1).toLowerCase();
  return Object.hasOwn(ATTACHMENT_FORMATS, extension) ? (extension as AttachmentExtension) : undefined;
}

export function fileType(file: string): string {
  const extension = attachmentExtension(file);
  return extension ? ATTACHMENT_FORMATS[extension].name : posix.extname(file).slice(1).toUpperCase();
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
