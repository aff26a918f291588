// Turning a report as staff hold it (paragraphs and tables from a .txt or .docx) into a content
// entry: the catalogue fields detected, the page furniture dropped, the numbered headings turned
// into Markdown levels and the tables kept. Everything that could not be detected is listed, so
// that staff know what to fill in before publishing.
import { stringify } from 'yaml';
import { detectHeading, headingDepths, headingRank, type DetectedHeading, type HeadingRank } from './headings.ts';
import type { ReportKind } from './kinds.ts';
import {
  detectDateLine, detectDocNo, detectKind, detectPublishLine, detectYear, isAddressee, isBoilerplate, isSignature, isTitle,
  issuerFromTitle, KIND_CODES, KIND_TOPICS,
} from './metadata.ts';
import { cleanLine } from './text.ts';

/** A table keeps `grid`, its cells without the header folding, for the statistics tables' importer. */
export type SourceBlock = { type: 'paragraph'; text: string } | { type: 'table'; rows: string[][]; merged?: boolean; grid?: string[][] };

export interface DetectedReport {
  title?: string;
  docNo?: string;
  issuer?: string;
  writtenDate?: string;
  publishDate?: string;
  year?: number;
  kind?: ReportKind;
}

export interface ImportedReport {
  meta: DetectedReport;
  /** The Markdown body, signature and date included. */
  body: string;
  /** What was changed or dropped on the way, one line each, for staff to review. */
  notes: string[];
}

/** How far from the top the title, 文号 and 发布日期 are looked for. */
const HEAD_LINES = 12;
/** How far from the end the signature and date are looked for. */
const TAIL_LINES = 5;

const FIELD_LABELS: Record<keyof DetectedReport, string> = {
  title: '标题（title）',
  docNo: '文号（docNo）',
  issuer: '发布机构（issuer）',
  writtenDate: '成文日期（writtenDate）',
  publishDate: '发布日期（publishDate）',
  year: '报告年度（year）',
  kind: '报告类别（kind）',
};

/** The fields that could not be detected, as staff see them in the schema. */
export function missingFields(meta: DetectedReport): string[] {
  return (Object.keys(FIELD_LABELS) as (keyof DetectedReport)[]).filter((key) => meta[key] === undefined).map((key) => FIELD_LABELS[key]);
}

/** Plain text: one paragraph a line, blank lines ignored. */
export function blocksFromText(lines: string[]): SourceBlock[] {
  return lines.map((text) => ({ type: 'paragraph' as const, text })).filter((block) => block.text.trim() !== '');
}

export function importReport(source: SourceBlock[]): ImportedReport {
  const notes: string[] = [];
  const meta: DetectedReport = {};
  const blocks = source
    .map((block): SourceBlock => (block.type === 'paragraph' ? { type: 'paragraph', text: cleanLine(block.text) } : { ...block, rows: block.rows.map((row) => row.map(cleanLine)) }))
    .filter((block) => block.type === 'table' || block.text !== '');
  const furniture = new Set(blocks.filter((block) => block.type === 'paragraph' && isBoilerplate(block.text) && !detectPublishLine(block.text)));
  const kept = blocks.filter((block) => !furniture.has(block));
  const droppedBlocks = new Set<SourceBlock>(furniture);

  // The head: the title, and around it the 文号 and a web page's 发布日期 line. Lines above the
  // title are the web page's banner (the office's name repeated), not part of the report.
  const paragraphAt = (index: number) => {
    const block = kept[index];
    return block?.type === 'paragraph' ? block.text : undefined;
  };
  let start = 0;
  const titleIndex = kept.slice(0, HEAD_LINES).findIndex((block) => block.type === 'paragraph' && isTitle(block.text) && !detectHeading(block.text));
  if (titleIndex >= 0) {
    meta.title = paragraphAt(titleIndex);
    for (const block of kept.slice(0, titleIndex)) droppedBlocks.add(block);
    start = titleIndex + 1;
  }
  for (let index = start; index < Math.min(kept.length, HEAD_LINES); index++) {
    const text = paragraphAt(index);
    if (text === undefined) break;
    const docNo = detectDocNo(text);
    const published = detectPublishLine(text);
    if (docNo && !meta.docNo) {
      meta.docNo = docNo;
    } else if (published && !meta.publishDate) {
      meta.publishDate = published;
      droppedBlocks.add(kept[index] as SourceBlock);
    } else {
      break;
    }
    start = index + 1;
  }

  // The tail: the office's name and the date it signed. Anything after them (a contact line) stays.
  let end = kept.length;
  let signature: string | undefined;
  let dateLine: string | undefined;
  for (let index = kept.length - 1; index >= Math.max(start, kept.length - TAIL_LINES); index--) {
    const text = paragraphAt(index);
    const date = text ? detectDateLine(text) : undefined;
    if (text && date) {
      meta.writtenDate = date;
      dateLine = text;
      end = index;
      const before = paragraphAt(index - 1);
      if (index - 1 >= start && before && isSignature(before)) {
        signature = before;
        end = index - 1;
      }
      break;
    }
  }
  const after = kept.slice(end + (signature ? 2 : dateLine ? 1 : 0));
  const body = kept.slice(start, end);

  meta.kind = meta.title ? detectKind(meta.title) : undefined;
  const opening = body.find((block): block is { type: 'paragraph'; text: string } => block.type === 'paragraph' && !isAddressee(block.text));
  meta.year = detectYear(meta.title, opening?.text);
  const fromTitle = meta.title ? issuerFromTitle(meta.title) : undefined;
  // The signature gives the office's full name; a title often uses a short form (人防办 for
  // 人民防空办公室), so the signature wins and staff are told.
  meta.issuer = signature ?? fromTitle;
  if (fromTitle && signature && fromTitle !== signature) notes.push(`发布机构取自落款“${signature}”，标题中写作“${fromTitle}”`);

  const markdown = toMarkdown(body, notes);
  const closing = [signature, dateLine, ...after.map((block) => (block.type === 'paragraph' ? escapeParagraph(block.text) : tableMarkdown(block.rows)))].filter(Boolean);
  const dropped = blocks.filter((block) => droppedBlocks.has(block)).flatMap((block) => (block.type === 'paragraph' ? [`“${block.text}”`] : []));
  if (dropped.length > 0) notes.push(`已删除网页附带的文字：${dropped.join('、')}`);
  if (source.some((block) => block.type === 'table' && block.merged)) notes.push('原文表格含合并单元格，已拆为普通单元格，请核对');
  for (const key of Object.keys(meta) as (keyof DetectedReport)[]) if (meta[key] === undefined) delete meta[key];
  return { meta, body: [markdown, ...closing].filter((part) => part !== '').join('\n\n') + '\n', notes };
}

/**
 * Headings for the numbered lines that read as headings. Numbered lines under one parent are a set:
 * when one of them is a whole sentence, they are a list of points rather than headings, and all of
 * them stay paragraphs, so that an outline never mixes the two.
 */
function detectHeadings(blocks: SourceBlock[]): (DetectedHeading | undefined)[] {
  const detected = blocks.map((block) => (block.type === 'paragraph' ? detectHeading(block.text) : undefined));
  const ranks = blocks.map((block) => (block.type === 'paragraph' ? headingRank(block.text) : undefined));
  const sets = new Map<string, number[]>();
  const lastOfRank: Partial<Record<HeadingRank, number>> = {};
  const order: HeadingRank[] = ['section', 'subsection', 'item'];
  ranks.forEach((rank, index) => {
    if (!rank) return;
    const parent = Math.max(-1, ...order.slice(0, order.indexOf(rank)).map((r) => lastOfRank[r] ?? -1));
    const key = `${rank}@${parent}`;
    sets.set(key, [...(sets.get(key) ?? []), index]);
    lastOfRank[rank] = index;
  });
  for (const members of sets.values()) {
    if (members.some((index) => !detected[index])) for (const index of members) detected[index] = undefined;
  }
  return detected;
}

function toMarkdown(blocks: SourceBlock[], notes: string[]): string {
  const detected = detectHeadings(blocks);
  const headingIndexes = detected.flatMap((heading, index) => (heading ? [index] : []));
  const depths = headingDepths(headingIndexes.map((index) => ({ rank: detected[index]?.rank })));
  const depthAt = new Map(headingIndexes.map((index, n) => [index, depths[n] as number]));
  let runIn = 0;
  const parts = blocks.map((block, index) => {
    if (block.type === 'table') return tableMarkdown(block.rows);
    const heading = detected[index];
    if (!heading) return escapeParagraph(block.text);
    if (heading.rest) runIn++;
    const line = `${'#'.repeat(depthAt.get(index) ?? 2)} ${escapeInline(heading.text)}`;
    return heading.rest ? `${line}\n\n${escapeParagraph(heading.rest)}` : line;
  });
  if (headingIndexes.length > 0) notes.push(`识别出 ${headingIndexes.length} 个标题${runIn > 0 ? `，其中 ${runIn} 个原与正文同段，已拆为标题和段落` : ''}`);
  return parts.join('\n\n');
}

/** Markdown's own characters, so that the text shows exactly as written. */
function escapeInline(text: string): string {
  return text.replace(/[\\`*_<[\]]/g, (char) => `\\${char}`);
}

/** A paragraph must not turn into a list, quote or heading by accident ("1. " or "- " at its start). */
function escapeParagraph(text: string): string {
  return escapeInline(text).replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2').replace(/^([#>+\-=])/, '\\$1');
}

function tableMarkdown(rows: string[][]): string {
  const width = Math.max(...rows.map((row) => row.length));
  const cell = (text: string | undefined) => escapeInline(text ?? '').replace(/\|/g, '\\|');
  const line = (row: string[]) => `| ${Array.from({ length: width }, (_, i) => cell(row[i])).join(' | ')} |`;
  const [header = [], ...rest] = rows;
  // Columns of numbers are right-aligned so that figures line up.
  const align = Array.from({ length: width }, (_, i) => (rest.length > 0 && rest.every((row) => /^-?[\d.,]+%?$/.test(row[i] ?? '')) ? '---:' : '---'));
  return [line(header), `| ${align.join(' | ')} |`, ...rest.map(line)].join('\n');
}

export interface EntryOptions {
  code: string;
  /** The next free 索引号, when the publishing date is known. */
  indexNo?: string;
  /** The original file stored beside the entry, relative to the entry's folder. */
  original?: { title: string; file: string };
  /** The statistics tables of a 政府信息公开工作年度报告, read from the Word tables. */
  disclosureTables?: unknown;
}

/** The entry file: front matter in the order the sample reports use, missing fields as comments to fill in. */
export function entryText(report: ImportedReport, options: EntryOptions): string {
  const { meta } = report;
  const data: Record<string, unknown> = { code: options.code };
  const todo: string[] = [];
  const put = (key: string, value: unknown, hint: string) => {
    if (value === undefined) todo.push(`# ${key}: ${hint}`);
    else data[key] = value;
  };
  put('kind', meta.kind, '未能识别，填写 法治政府建设年度报告、政府信息公开工作年度报告 或 行政执法统计年报');
  put('year', meta.year, '未能识别报告年度，填写如 2025');
  put('title', meta.title, '未能识别标题');
  if (meta.docNo) data.docNo = meta.docNo;
  put('issuer', meta.issuer, '未能识别发布机构');
  put('writtenDate', meta.writtenDate, '未能识别成文日期，填写 YYYY-MM-DD');
  if (options.original) data.original = options.original;
  put('indexNo', options.indexNo, '填写索引号 机构代码/发布年份-五位流水号');
  put('publishDate', meta.publishDate, '填写发布日期 YYYY-MM-DD');
  put('updateDate', meta.publishDate, '与发布日期相同');
  if (meta.kind) {
    data.topic = KIND_TOPICS[meta.kind];
    data.keywords = [KIND_TOPICS[meta.kind], '年度报告', ...(meta.year ? [`${meta.year}年`] : [])];
  }
  // The 目录's 内容概述 (the content check asks for one): the report's opening sentence, for staff to review.
  put('summary', openingSentence(report.body), '一两句话说明报告的主要内容（信息公开目录的内容概述）');
  if (options.disclosureTables) data.disclosureTables = options.disclosureTables;
  else if (meta.kind === '政府信息公开工作年度报告') todo.push('# disclosureTables: 第二至四部分的统计表按 disclosureTables 字段填写（见 content/reports/ 中已有的政府信息公开工作年度报告）');
  const yaml = stringify(data, { lineWidth: 0 }).trimEnd();
  return `---\n${yaml}\n${todo.map((line) => `${line}\n`).join('')}---\n\n${report.body}`;
}

/** The first sentence of the body's first plain paragraph (not a heading, table, list or salutation). */
function openingSentence(body: string): string | undefined {
  const paragraph = body.split('\n').find((line) => line.trim() !== '' && !/^\s*([#|>*-]|\d+\.\s)/.test(line) && !/^[^。]*[：:]$/.test(line.trim()));
  const text = paragraph?.replace(/\\(.)/g, '$1').trim();
  return text ? (text.match(/^.*?。/)?.[0] ?? text) : undefined;
}

/** fzzf-2025 for a 法治政府建设年度报告 of 2025; undefined when kind or year is unknown. */
export function defaultCode(meta: DetectedReport): string | undefined {
  return meta.kind && meta.year ? `${KIND_CODES[meta.kind]}-${meta.year}` : undefined;
}

/** The next 索引号 of the year: one more than the highest serial already given under the office's code. */
export function nextIndexNo(existing: string[], officeCode: string, year: number): string {
  const prefix = `${officeCode}/${year}-`;
  const serials = existing.filter((no) => no.startsWith(prefix)).map((no) => Number(no.slice(prefix.length))).filter(Number.isInteger);
  return `${prefix}${String(Math.max(0, ...serials) + 1).padStart(5, '0')}`;
}
