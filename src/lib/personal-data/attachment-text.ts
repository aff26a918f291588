// The text of an attached file, page by page, for the personal-data rules: PDF through pdf.js
// (Mozilla's reader, its Node build without a worker), .docx through mammoth. A file either
// library cannot read is scanned as raw text instead, so a text file renamed .pdf is not a hiding
// place; whether such a file may be attached at all is the attachment check's business.
import { createHash } from 'node:crypto';
import { lstat, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { MAX_ATTACHMENT_BYTES } from '../attachments.ts';
import { docxOtherParts, officeProperties, ofdText, xlsxText } from './office-text.ts';

export interface AttachmentPage {
  /** 1-based page number (PDF, OFD); absent for formats without pages. */
  page?: number;
  /** The sheet's name (Excel). */
  sheet?: string;
  /** The file's properties (title, author, subject, keywords), which readers see in their viewer. */
  properties?: true;
  text: string;
}

/** Extensions whose text is read; images are not scanned (their text would need OCR). */
export const SCANNED_EXTENSIONS = ['.pdf', '.docx', '.xlsx', '.ofd'] as const;

export function isScannedAttachment(path: string): boolean {
  return (SCANNED_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase());
}

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

export async function pdfPages(bytes: Uint8Array): Promise<AttachmentPage[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({
    // pdf.js takes ownership of the buffer; give it a copy.
    data: new Uint8Array(bytes),
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
    // Chinese PDFs often use predefined CMaps (UniGB-UCS2-H); without them text comes out empty.
    cMapUrl: `${join(pdfjsRoot, 'cmaps')}/`,
    cMapPacked: true,
    standardFontDataUrl: `${join(pdfjsRoot, 'standard_fonts')}/`,
  });
  try {
    const document = await task.promise;
    const pages: AttachmentPage[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const content = await (await document.getPage(number)).getTextContent();
      const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('');
      pages.push({ page: number, text });
    }
    const { info } = await document.getMetadata().catch(() => ({ info: undefined }));
    const properties = Object.values((info ?? {}) as Record<string, unknown>).filter((value): value is string => typeof value === 'string');
    if (properties.length > 0) pages.push({ properties: true, text: properties.join('\n') });
    return pages;
  } finally {
    await task.destroy();
  }
}

export async function docxText(bytes: Uint8Array): Promise<AttachmentPage[]> {
  const { default: mammoth } = await import('mammoth');
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  // Headers, footers, footnotes and comments are printed and published too; mammoth skips them.
  const others = await docxOtherParts(bytes).catch(() => '');
  return withProperties([{ text: others ? `${value}\n${others}` : value }], bytes);
}

/** An Office file's pages and its properties (docProps/core.xml: title, author, subject, keywords). */
async function withProperties(pages: AttachmentPage[], bytes: Uint8Array): Promise<AttachmentPage[]> {
  const properties = await officeProperties(bytes).catch(() => '');
  return properties ? [...pages, { properties: true, text: properties }] : pages;
}

// Keyed by the bytes' hash, not the path: copies of one file (a fixture tree, a release worktree)
// are parsed once.
const cache = new Map<string, Promise<AttachmentPage[]>>();

/**
 * The text of the file at `absolutePath`, read once per version of the file: entries share files
 * (one power of attorney for many services) and `astro dev` checks again after every edit.
 */
/** A store kept between runs (the content check's parse cache), by the same key as the memory cache. */
export interface PageStore {
  pages(key: string): AttachmentPage[] | undefined;
  keep(key: string, pages: AttachmentPage[]): void;
}

export async function attachmentPages(absolutePath: string, store?: PageStore): Promise<AttachmentPage[]> {
  // Missing files, symlinks and oversized files are the attachment check's to refuse; reading them
  // here could only leave the content folder or exhaust memory.
  const info = await lstat(absolutePath).catch(() => undefined);
  if (!info?.isFile() || info.size > MAX_ATTACHMENT_BYTES) return [];
  let bytes: Uint8Array;
  try {
    bytes = await readFile(absolutePath);
  } catch {
    return []; // A missing file is reported by the attachment check.
  }
  const key = `${extname(absolutePath).toLowerCase()}\0${createHash('sha256').update(bytes).digest('hex')}`;
  let pages = cache.get(key);
  if (!pages) {
    const kept = store?.pages(key);
    pages = kept ? Promise.resolve(kept) : readPages(absolutePath, bytes);
    cache.set(key, pages);
  }
  // Kept again on every run, so the store keeps what this run used.
  if (store) void pages.then((read) => store.keep(key, read));
  return pages;
}

/** The pages of the file named `absolutePath` (its extension says how to read it) in `bytes`. */
export async function readPages(absolutePath: string, bytes: Uint8Array): Promise<AttachmentPage[]> {
  const extension = extname(absolutePath).toLowerCase();
  try {
    if (extension === '.pdf') return await pdfPages(bytes);
    if (extension === '.docx') return await docxText(bytes);
    if (extension === '.xlsx') return withProperties(await xlsxText(bytes), bytes);
    if (extension === '.ofd') return await ofdText(bytes);
  } catch {
    // Not readable as what its name says: fall through to the raw bytes.
  }
  return [{ text: new TextDecoder('utf-8', { fatal: false }).decode(bytes) }];
}

