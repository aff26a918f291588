// Personal data that must never be published (行政处罚法 第五十条; 个人信息保护法): resident ID
// numbers, mobile numbers, bank card numbers, travel document numbers, plates, e-mail and chat ids,
// and in decisions the full names, homes and birth dates of natural persons. findPersonalData is
// pure and works on one text; checkPersonalData runs it over every content entry, its YAML comments,
// its Markdown body and the text of its attached PDF, .docx, .xlsx and OFD files, and reports each find
// as a content problem, so a build with personal data in it fails.
//
// Every text is scanned as a reader sees it (personal-data/normalise.ts): entities decoded,
// invisible characters and inline markup dropped, full-width folded, digit groups joined; finds
// are reported at the file, line and field where they were typed. The rules themselves live in
// personal-data/numbers.ts and personal-data/names.ts.
//
// This module imports nothing from src/schemas: the kinds come in as an argument, and the
// masked-name rule the party schema needs lives in personal-data/masked-name.ts.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { z } from 'astro/zod';
import type { Problem } from './content-check/problem.ts';
import { lineOf, type SourceEntry } from './content-check/source.ts';
import { collectMarked, describePath, jsonSchemaOf, type JsonSchema } from './content-check/schema-walk.ts';
import { normalise, originalRange, type NormalisedText } from './personal-data/normalise.ts';
import { FEWEST_DIGITS, findNumbers, mayHoldNumerals, type NumberKind, type NumberOptions } from './personal-data/numbers.ts';
import { findNames, type NameContext } from './personal-data/names.ts';
import { findAddresses } from './personal-data/addresses.ts';
import { DOCUMENT_WORDS, findDocumentNumbers } from './personal-data/documents.ts';
import { findPlates, PLATE_WORDS } from './personal-data/plates.ts';
import { findBirthDates } from './personal-data/birth-dates.ts';
import { CONTACT_WORDS, findContacts } from './personal-data/contacts.ts';
import { hiddenSegments } from './personal-data/hidden-text.ts';
import { yamlComments, type YamlComment } from './personal-data/yaml-comments.ts';
import { attachmentPages, isScannedAttachment, type PageStore } from './personal-data/attachment-text.ts';

export { isMaskedPersonName } from './personal-data/masked-name.ts';
export { isResidentId15, isResidentId18, luhnValid, residentIdCheckChar } from './personal-data/numbers.ts';
export { normalise } from './personal-data/normalise.ts';

export type PersonalDataKind = NumberKind | '自然人姓名' | '自然人住址' | '证件号码' | '车牌号码' | '出生日期' | '电子邮箱' | '社交账号';

export interface PersonalDataHit {
  kind: PersonalDataKind;
  /** Offsets in the text as given (UTF-16 code units). */
  start: number;
  end: number;
  /** The text as given, markup and all. */
  text: string;
  /** What it says: the digits of a number, the name. */
  value: string;
}

export interface ScanOptions extends NumberOptions {
  /** Look for natural persons' full names too (in decisions, where parties are persons). */
  names?: boolean;
  /** Public and already known names (see NameContext). */
  nameContext?: NameContext;
  /**
   * The text is about persons (a decision's): look for home addresses (住址 …), dates of birth,
   * any plate, e-mail off gov.cn and chat id; by default wherever names are looked for. Elsewhere
   * only those introduced as a person's (个人邮箱, 车牌号) are.
   */
  addresses?: boolean;
  /** The decision's party is a natural person: its 地址 and 住所, and any flat, are its home. */
  personParty?: boolean;
}

type Found = { kind: PersonalDataKind; start: number; end: number; value: string };

/** Every unmasked piece of personal data in the normalised view of a text, normalised offsets. */
function scanNormalised(normal: NormalisedText, options: ScanOptions): Found[] {
  const text = normal.text;
  const found: Found[] = findNumbers(text, options);
  // Each later rule's finds give way to the earlier ones' where they overlap (a mobile number
  // used as a 微信号 is reported once, as a mobile number).
  const add = (hits: Found[]) => {
    for (const hit of hits) if (!found.some((other) => hit.start < other.end && other.start < hit.end)) found.push(hit);
  };
  const persons = options.addresses ?? options.names ?? false;
  if (DOCUMENT_WORDS.test(text)) add(findDocumentNumbers(text).map((hit) => ({ ...hit, kind: '证件号码' })));
  if (options.names) add(findNames(text, options.nameContext).map((name) => ({ ...name, kind: '自然人姓名' })));
  // Where parties are named, so may their home, birthday, car and accounts be.
  if (persons) add(findAddresses(text, options.personParty).map((place) => ({ ...place, kind: '自然人住址' })));
  if (persons) add(findBirthDates(text).map((date) => ({ ...date, kind: '出生日期' })));
  if (persons || PLATE_WORDS.test(text)) add(findPlates(text, !persons).map((plate) => ({ ...plate, kind: '车牌号码' })));
  if (CONTACT_WORDS.test(text)) add(findContacts(text, persons));
  return found.length < 2 ? found : found.sort((a, b) => a.start - b.start);
}

/** Whether a text may hold personal data for a scan that does not look for names (see mayHoldNumber). */
export function mayHoldPersonalData(text: string): boolean {
  return mayHoldNumber(text) || DOCUMENT_WORDS.test(text) || PLATE_WORDS.test(text) || CONTACT_WORDS.test(text);
}

function inOriginal(original: string, normal: NormalisedText, options: ScanOptions): PersonalDataHit[] {
  const hits: PersonalDataHit[] = [];
  for (const hit of scanNormalised(normal, options)) {
    const [start, end] = originalRange(normal, hit.start, hit.end);
    hits.push({ kind: hit.kind, start, end, text: original.slice(start, end), value: hit.value });
  }
  // Comments and attribute values are not on the page, but are in its source and in the content folder.
  const hidden = hiddenSegments(original);
  if (hidden.length === 0) return hits;
  for (const segment of hidden) {
    for (const hit of inOriginal(segment.text, normalise(segment.text), options)) {
      const start = hit.start + segment.start;
      const end = hit.end + segment.start;
      if (!hits.some((other) => start < other.end && other.start < end)) hits.push({ ...hit, start, end });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** Every unmasked piece of personal data in `text`, in order of appearance. */
export function findPersonalData(text: string, options: ScanOptions = {}): PersonalDataHit[] {
  return inOriginal(text, normalise(text), options);
}

/** The find as it may appear in a report: enough to locate it, too little to use it. */
export function maskHit(hit: Pick<PersonalDataHit, 'kind' | 'value'>): string {
  if (hit.kind === '自然人姓名') return `${[...hit.value][0]}*`;
  if (hit.kind === '自然人住址') return `${[...hit.value].slice(0, 2).join('')}***`;
  const characters = [...hit.value];
  return characters.map((char, index) => (index < 3 || index >= characters.length - 2 ? char : '*')).join('');
}

const HOW_TO_FIX: Record<PersonalDataKind, string> = {
  身份证号码: '删除身份证号码；确需标识的，只保留前 1 位和后 1 位，如 1****************X',
  手机号码: '删除手机号码，或只保留前 3 位和后 4 位，如 138****5678；公开的联系电话应为办公电话',
  银行卡号: '删除银行卡号，或只保留后 4 位，如 **** 1234',
  自然人姓名: '自然人只公开姓氏，如“张某”或“张*”',
  自然人住址: '删除自然人的住址（可写“住址：略”）',
  证件号码: '删除护照、通行证等证件的号码',
  车牌号码: '删除车牌号码，或只保留省份简称和发牌机关代号，如“京A*****”',
  出生日期: '删除出生日期，或只写出生年份，如“1985年出生”',
  电子邮箱: '删除个人电子邮箱；公开的邮箱应为本机关的邮箱',
  社交账号: '删除个人的 QQ 号、微信号；公开的应为本机关的公众号或咨询群',
};

/** Fields the party schema already rules on (masked natural persons, public legal representatives). */
const MASKED_BY_SCHEMA = [['party', 'name'], ['party', 'legalRepresentative']];
/** Party kinds whose 法定代表人 or 负责人 is published under 双公示. */
const LEGAL_PERSONS = ['法人', '非法人组织'];

const IDENTIFIER_LABEL = /编码|证号|编号|文号|索引号|网址|邮箱|地址码|标识码|备案号/;

/** The Chinese label of the field at the end of `described` ("行政相对人.统一社会信用代码（…）"). */
function leafLabel(described: string): string {
  let label = leafLabels.get(described);
  if (label === undefined) {
    const labels = described.split('（')[0] ?? '';
    label = (labels.split('.').pop() ?? '').replace(/\[\d+\]/g, '');
    leafLabels.set(described, label);
  }
  return label;
}

/** Labels by described path: every entry of a kind has the same few hundred fields. */
const leafLabels = new Map<string, string>();

interface Leaf {
  path: (string | number)[];
  value: string;
  /** A number too large for a double (an unquoted 18-digit ID number): its digits are in the YAML source. */
  inexact?: boolean;
}

function leaves(value: unknown, path: (string | number)[] = []): Leaf[] {
  if (typeof value === 'string') return [{ path, value }];
  // An unquoted phone or card number in YAML arrives as a number.
  if (typeof value === 'number' && Number.isInteger(value)) return [{ path, value: String(value), ...(!Number.isSafeInteger(value) && { inexact: true }) }];
  if (value instanceof Date) return [];
  if (Array.isArray(value)) return value.flatMap((item, index) => leaves(item, [...path, index]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => leaves(item, [...path, key]));
  return [];
}

/**
 * Whether normalise() could make `text` hold FEWEST_DIGITS digits, and so a number. The answer is
 * no only for text of characters that normalise to no digit, or to one for each digit counted
 * here: ASCII but "&" (which may begin an entity such as &sup1;), CJK ideographs and punctuation,
 * and full-width forms but "＆" (full-width digits count). Anything else (other scripts' digits,
 * circled or superscript digits, fractions) is scanned. Most values of most kinds are short
 * Chinese text: at 10,000 entries this skips about a second of scanning.
 */
export function mayHoldNumber(text: string): boolean {
  let digits = 0;
  let afterDigit = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A letter O right after a digit may stand for a zero (138OO123456).
    const digit: boolean = (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19) || (afterDigit && (code === 0x4f || code === 0x6f));
    afterDigit = digit;
    if (digit) {
      if (++digits >= FEWEST_DIGITS) return true;
    } else if (!(code < 0x80 ? code !== 0x26 : (code >= 0x3000 && code <= 0x303f) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xff01 && code <= 0xffef && code !== 0xff06))) {
      return true;
    }
  }
  return mayHoldNumerals(text); // 一三九一二三四五六七八 holds no digit
}

const record = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' ? (value as Record<string, unknown>) : {});
const nameOf = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** Names public by law: 行政执法人员 (published with their 执法证号) and the office's 负责人. */
function publicNamesOf(entries: Record<string, SourceEntry[]>): Set<string> {
  const names = new Set<string>();
  for (const officer of entries.officers ?? []) {
    const name = nameOf(record(officer.data).name);
    if (name) names.add(name);
  }
  for (const site of entries.site ?? []) {
    const name = nameOf(record(record(site.data).head).name);
    if (name) names.add(name);
  }
  return names;
}

/**
 * The kinds, as the content check gets them. Decisions name their parties; only in kinds that say
 * so (namesParties: decisions, and 文书样本, which are decisions to fill in) are names looked for.
 */
/**
 * Where the content check keeps, between runs, attachments' texts and entries' scans: an entry's
 * scan is found again only under the key of the same bytes, kind fields and public names.
 */
export interface PersonalDataStore extends PageStore {
  scanned(file: string, key: string): Problem[] | undefined;
  keepScan(file: string, key: string, problems: Problem[]): void;
}

export interface PersonalDataKinds {
  [kind: string]: { schema: z.ZodType; namesParties?: boolean };
}

/**
 * Every piece of personal data in every entry's fields, YAML comments, Markdown body and attached
 * PDF, .docx, .xlsx and OFD files, as content problems naming file, line and field. All entries
 * are scanned, shown or not: the content folder is itself published (the site is open source),
 * and a decision past its period can come back.
 */
export async function checkPersonalData(entries: Record<string, SourceEntry[]>, kinds: PersonalDataKinds, store?: PersonalDataStore): Promise<Problem[]> {
  const problems: Problem[] = [];
  const publicNames = publicNamesOf(entries);
  // What an entry's scan depends on beyond its own bytes: the public names and its kind's fields.
  const digest = (text: string) => createHash('sha256').update(text).digest('hex');
  const publicKey = store ? digest([...publicNames].sort().join('\n')) : '';
  for (const name of Object.keys(kinds)) {
    const schema: JsonSchema = jsonSchemaOf(kinds[name]!.schema);
    const names = kinds[name]!.namesParties === true;
    const schemaKey = store ? digest(JSON.stringify(schema)) : '';
    for (const entry of entries[name] ?? []) {
      const key = store && entry.hash ? `${entry.hash}:${names}:${schemaKey}:${publicKey}` : undefined;
      const kept = key ? store?.scanned(entry.file, key) : undefined;
      const found = kept ?? scanEntry(entry, schema, names, publicNames);
      if (key && !kept) store?.keepScan(entry.file, key, found);
      problems.push(...found);
      problems.push(...(await scanAttachments(entry, schema, names, publicNames, store)));
    }
  }
  return problems;
}

function scanEntry(entry: SourceEntry, schema: JsonSchema, names: boolean, publicNames: Set<string>): Problem[] {
  const party = record(record(entry.data).party);
  const entryPublic = new Set(publicNames);
  const known = new Set<string>();
  const representative = nameOf(party.legalRepresentative);
  if (representative && LEGAL_PERSONS.includes(String(party.kind))) entryPublic.add(representative);
  const partyName = nameOf(party.name);
  // A natural person's 地址 and 住所 are its home (a company's are public).
  const personParty = names && party.kind === '自然人';
  // A natural person's unmasked name (refused by the party schema) is a leak wherever it recurs.
  if (partyName && party.kind === '自然人' && findNames(`当事人${partyName}，`).length > 0) known.add(partyName);
  // An 个体工商户 without a trade name is registered under its 经营者's name (王建国, 王建国（个体）):
  // that is a natural person's name in the party's name field, which the schema lets through.
  const operator = names && partyName && party.kind === '个体工商户' ? findNames(`当事人${partyName}，`)[0] : undefined;
  const operatorName = operator && operator.start === 3 ? operator.value : undefined;
  if (operatorName) known.add(operatorName);

  // Where names are not looked for, only numbers and labelled data are: a value that cannot hold them is not scanned.
  const exact = (leaf: Leaf): Leaf => (leaf.inexact ? { path: leaf.path, value: yamlSourceOf(entry, leaf.path) ?? leaf.value } : leaf);
  const scanned = leaves(entry.data).map(exact).filter(({ value }) => names || mayHoldPersonalData(value)).map(({ path, value }) => {
    const normal = normalise(value);
    const field = describePath(schema, path);
    const label = leafLabel(field);
    const maskedBySchema = MASKED_BY_SCHEMA.some((masked) => masked.length === path.length && masked.every((key, index) => key === path[index]));
    const identifier = IDENTIFIER_LABEL.test(label);
    // A party's name field is judged by its schema as a name, but an address written into it is still one.
    const options: ScanOptions = { names: names && !maskedBySchema && !identifier, addresses: names && !identifier, personParty, identifier, creditCode: label.includes('信用代码'), nameContext: { publicNames: entryPublic } };
    const hits = inOriginal(value, normal, options);
    for (const hit of hits) if (hit.kind === '自然人姓名') known.add(hit.value);
    return { path, value, normal, field, options, hits };
  });
  const problems: Problem[] = [];
  if (operatorName) {
    const path = ['party', 'name'];
    problems.push(problemFor(entry, lineOf(entry, path), describePath(schema, path), { kind: '自然人姓名', start: 0, end: operatorName.length, text: operatorName, value: operatorName }));
  }
  for (const { path, value, normal, field, options, hits } of scanned) {
    // A name found in one field with its context is found in every other field without it.
    const all = names && known.size > 0 && options.names ? inOriginal(value, normal, { ...options, nameContext: { publicNames: entryPublic, knownNames: known } }) : hits;
    for (const hit of all) problems.push(problemFor(entry, lineOf(entry, path), field, hit));
  }
  for (const comment of commentsOf(entry, names)) {
    if (!names && !mayHoldPersonalData(comment.text)) continue;
    for (const hit of findPersonalData(comment.text, { names, personParty, nameContext: { publicNames: entryPublic, knownNames: known } })) problems.push(problemFor(entry, comment.line, '注释', hit));
  }
  if (entry.body && (names || mayHoldPersonalData(entry.body))) {
    const body = entry.body;
    const bodyStart = entry.bodyLine ?? 1;
    const normal = normalise(body);
    let line = bodyStart;
    let counted = 0;
    for (const hit of inOriginal(body, normal, { names, personParty, nameContext: { publicNames, knownNames: known } })) {
      // Hits come in order, so newlines are counted once over the whole body.
      for (; counted < hit.start; counted++) if (body.charCodeAt(counted) === 10) line++;
      problems.push(problemFor(entry, line, '正文', hit));
    }
  }
  return problems;
}

/** The value at `path` as written in the YAML (320102198503120012, not the double 320102198503120000). */
function yamlSourceOf(entry: SourceEntry, path: (string | number)[]): string | undefined {
  try {
    const node = entry.doc.getIn(path, true) as { source?: unknown } | undefined;
    return typeof node?.source === 'string' ? node.source : undefined;
  } catch {
    return undefined;
  }
}

/** The comments of an entry's YAML (a Markdown file's front matter), read from its file. */
function commentsOf(entry: SourceEntry, names: boolean): YamlComment[] {
  let raw = entry.text;
  try {
    raw ??= readFileSync(entry.absolutePath, 'utf8');
  } catch {
    return []; // unreadable files are the source reader's to report
  }
  if (!raw.includes('#')) return [];
  const yaml = entry.body !== undefined && raw.endsWith(entry.body) ? raw.slice(0, raw.length - entry.body.length) : raw;
  return yamlComments(yaml.replace(/^\ufeff/, ''), names ? (text) => text.trim().length > 1 : mayHoldPersonalData);
}

async function scanAttachments(entry: SourceEntry, schema: JsonSchema, names: boolean, publicNames: Set<string>, store?: PageStore): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const { path, value } of collectMarked(schema, entry.data, 'x-file')) {
    if (!isScannedAttachment(value)) continue;
    for (const page of await attachmentPages(join(dirname(entry.absolutePath), value), store)) {
      const where = page.properties ? `附件“${value}”的文件属性` : page.sheet !== undefined ? `附件“${value}”工作表“${page.sheet}”` : page.page ? `附件“${value}”第 ${page.page} 页` : `附件“${value}”`;
      // A file's author is whoever wrote it, often staff: its properties are scanned for numbers only.
      for (const hit of findPersonalData(page.text, { names: names && !page.properties, nameContext: { publicNames } })) {
        problems.push(problemFor(entry, lineOf(entry, path), describePath(schema, path), hit, where));
      }
    }
  }
  return problems;
}

function problemFor(entry: SourceEntry, line: number, field: string, hit: PersonalDataHit, where = ''): Problem {
  return { file: entry.file, line, field, message: `${where}含未隐去的${hit.kind}“${maskHit(hit)}”，个人信息不得公开`, expected: HOW_TO_FIX[hit.kind] };
}
