// The text of the ZIP-packaged attachments mammoth and pdf.js do not read: Excel workbooks (.xlsx,
// how offices publish lists of people and decisions), OFD documents (China's fixed-layout format)
// and the parts of a .docx mammoth leaves out (headers, footers, footnotes, comments, text boxes
// in them). Each is XML inside a ZIP: the text nodes are read with JSZip and a regular expression,
// cells of a row joined by "，" (which never joins digits into one number) and rows by lines.
import JSZip from 'jszip';
import { decodeXML } from 'entities';

export interface OfficePage {
  page?: number;
  /** The sheet's name, for a workbook. */
  sheet?: string;
  text: string;
}

/** No more text than this is read from one package: a ZIP can unpack to far more than its size. */
const MAX_TEXT = 32 * 1024 * 1024;

// A .docx is read for its text, its other parts and its properties, an .xlsx for its sheets and
// properties: the package is unzipped once for all of them (keyed by the very bytes passed).
const opened = new WeakMap<Uint8Array, Promise<JSZip>>();

async function open(bytes: Uint8Array): Promise<{ zip: JSZip; read: (name: string) => Promise<string> }> {
  let loading = opened.get(bytes);
  if (!loading) opened.set(bytes, (loading = JSZip.loadAsync(bytes, { checkCRC32: false })));
  const zip = await loading;
  let total = 0;
  const read = async (name: string) => {
    const file = zip.file(name);
    if (!file) return '';
    const size = (file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
    if (total + size > MAX_TEXT) return '';
    const text = await file.async('string');
    total += text.length;
    return total > MAX_TEXT ? '' : text;
  };
  return { zip, read };
}

const byNumber = (a: string, b: string) => Number(/(\d+)\D*$/.exec(a)?.[1] ?? 0) - Number(/(\d+)\D*$/.exec(b)?.[1] ?? 0) || a.localeCompare(b);
// One pattern per tag, compiled once: textNodes runs for every cell of a sheet and every paragraph.
const TEXT_NODE = new Map<string, RegExp>();
const textNodes = (xml: string, tag: string) => {
  let pattern = TEXT_NODE.get(tag);
  if (!pattern) TEXT_NODE.set(tag, (pattern = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`, 'g')));
  return [...xml.matchAll(pattern)].map((match) => decodeXML(match[1] ?? ''));
};

/** Every sheet of a workbook: cells as they show (shared strings, inline strings, values). */
export async function xlsxText(bytes: Uint8Array): Promise<OfficePage[]> {
  const { zip, read } = await open(bytes);
  const shared = [...(await read('xl/sharedStrings.xml')).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((match) => textNodes(match[1] ?? '', 't').join(''));
  const names = [...(await read('xl/workbook.xml')).matchAll(/<sheet\s[^>]*name="([^"]*)"/g)].map((match) => decodeXML(match[1] ?? ''));
  const sheets = Object.keys(zip.files).filter((name) => /^xl\/worksheets\/[^/]+\.xml$/.test(name)).sort(byNumber);
  const pages: OfficePage[] = [];
  for (const [index, name] of sheets.entries()) {
    const xml = await read(name);
    const rows = [...xml.matchAll(/<row\b[^>]*>([\s\S]*?)<\/row>/g)].map((row) =>
      [...(row[1] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)]
        .map((cell) => {
          const type = /\bt="([^"]*)"/.exec(cell[1] ?? '')?.[1];
          const inner = cell[2] ?? '';
          if (type === 'inlineStr') return textNodes(inner, 't').join('');
          const value = textNodes(inner, 'v')[0] ?? '';
          return type === 's' ? (shared[Number(value)] ?? '') : value;
        })
        .filter(Boolean)
        .join('，'),
    );
    pages.push({ sheet: names[index] ?? `Sheet${index + 1}`, text: rows.join('\n') });
  }
  return pages;
}

/** Every page of an OFD document: its text codes, a line each. */
export async function ofdText(bytes: Uint8Array): Promise<OfficePage[]> {
  const { zip, read } = await open(bytes);
  const contents = Object.keys(zip.files).filter((name) => /(?:^|\/)Pages\/Page_\d+\/Content\.xml$/i.test(name)).sort(byNumber);
  const pages: OfficePage[] = [];
  for (const [index, name] of contents.entries()) pages.push({ page: index + 1, text: textNodes(await read(name), '(?:ofd:)?TextCode').join('\n') });
  return pages;
}

/** An Office file's properties (docProps/core.xml: title, subject, creator, keywords, description), a line each. */
export async function officeProperties(bytes: Uint8Array): Promise<string> {
  const { read } = await open(bytes);
  const core = await read('docProps/core.xml');
  return [...core.matchAll(/<(?:dc|cp):(?:title|subject|creator|keywords|description|lastModifiedBy|category)(?:\s[^>]*)?>([^<]*)</g)]
    .map((match) => decodeXML(match[1] ?? '').trim())
    .filter(Boolean)
    .join('\n');
}

/** The parts of a .docx that mammoth's raw text leaves out: headers, footers, footnotes, endnotes, comments. */
export async function docxOtherParts(bytes: Uint8Array): Promise<string> {
  const { zip, read } = await open(bytes);
  const parts = Object.keys(zip.files).filter((name) => /^word\/(?:header|footer)\d*\.xml$|^word\/(?:footnotes|endnotes|comments)\.xml$/.test(name)).sort();
  const texts: string[] = [];
  for (const name of parts) {
    const paragraphs = [...(await read(name)).matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)].map((paragraph) => textNodes(paragraph[0], 'w:t').join(''));
    texts.push(...paragraphs.filter(Boolean));
  }
  return texts.join('\n');
}
