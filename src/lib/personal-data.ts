// Personal data that must never be published (行政处罚法 第五十条; 个人信息保护法): resident ID
// numbers, mobile numbers, bank card numbers, and the full names of natural persons in decisions.
// findPersonalData is pure and works on one text; checkPersonalData runs it over every content
// entry, its Markdown body and the text of its attached PDF and .docx files, and reports each find
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
import { dirname, join } from 'node:path';
import type { z } from 'astro/zod';
import type { Problem } from './content-check/problem.ts';
import { lineOf, type SourceEntry } from './content-check/source.ts';
import { collectMarked, describePath, jsonSchemaOf, type JsonSchema } from './content-check/schema-walk.ts';
import { normalise, originalRange, type NormalisedText } from './personal-data/normalise.ts';
import { FEWEST_DIGITS, findNumbers, mayHoldNumerals, type NumberKind, type NumberOptions } from './personal-data/numbers.ts';
import { findNames, type NameContext } from './personal-data/names.ts';
import { findAddresses } from './personal-data/addresses.ts';
import { attachmentPages, isScannedAttachment, type PageStore } from './personal-data/attachment-text.ts';

export { isMaskedPersonName } from './personal-data/masked-name.ts';
export { isResidentId15, isResidentId18, luhnValid, residentIdCheckChar } from './personal-data/numbers.ts';
export { normalise } from './personal-data/normalise.ts';

export type PersonalDataKind = NumberKind | '自然人姓名' | '自然人住址';

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
  /** Look for home addresses (住址 …); by default wherever names are looked for. */
  addresses?: boolean;
}

/** Every unmasked piece of personal data in the normalised view of a text, normalised offsets. */
function scanNormalised(normal: NormalisedText, options: ScanOptions): { kind: PersonalDataKind; start: number; end: number; value: string }[] {
  const numbers = findNumbers(normal.text, options);
  const homes = options.addresses ?? options.names;
  if (!options.names && !homes) return numbers;
  const names = options.names ? findNames(normal.text, options.nameContext).filter((name) => !numbers.some((hit) => name.start < hit.end && hit.start < name.end)) : [];
  // Where parties are named, so may their home be (住址, 家住 …).
  const addresses = (homes ? findAddresses(normal.text) : []).filter((place) => !numbers.some((hit) => place.start < hit.end && hit.start < place.end));
  return [...numbers, ...names.map((name) => ({ ...name, kind: '自然人姓名' as const })), ...addresses.map((place) => ({ ...place, kind: '自然人住址' as const }))].sort((a, b) => a.start - b.start);
}

function inOriginal(original: string, normal: NormalisedText, options: ScanOptions): PersonalDataHit[] {
  return scanNormalised(normal, options).map((hit) => {
    const [start, end] = originalRange(normal, hit.start, hit.end);
    return { kind: hit.kind, start, end, text: original.slice(start, end), value: hit.value };
  });
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
}

function leaves(value: unknown, path: (string | number)[] = []): Leaf[] {
  if (typeof value === 'string') return [{ path, value }];
  // An unquoted phone or card number in YAML arrives as a number.
  if (typeof value === 'number' && Number.isInteger(value)) return [{ path, value: String(value) }];
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
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19)) {
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
 * Every piece of personal data in every entry's fields, Markdown body and attached PDF and .docx
 * files, as content problems naming file, line and field. All entries are scanned, shown or not:
 * the content folder is itself published (the site is open source), and a decision past its
 * period can come back.
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
  // A natural person's unmasked name (refused by the party schema) is a leak wherever it recurs.
  if (partyName && party.kind === '自然人' && findNames(`当事人${partyName}，`).length > 0) known.add(partyName);

  // Where names are not looked for, only numbers are: a value that cannot hold one is not scanned.
  const scanned = leaves(entry.data).filter(({ value }) => names || mayHoldNumber(value)).map(({ path, value }) => {
    const normal = normalise(value);
    const field = describePath(schema, path);
    const label = leafLabel(field);
    const maskedBySchema = MASKED_BY_SCHEMA.some((masked) => masked.length === path.length && masked.every((key, index) => key === path[index]));
    const identifier = IDENTIFIER_LABEL.test(label);
    // A party's name field is judged by its schema as a name, but an address written into it is still one.
    const options: ScanOptions = { names: names && !maskedBySchema && !identifier, addresses: names && !identifier, identifier, creditCode: label.includes('信用代码'), nameContext: { publicNames: entryPublic } };
    const hits = inOriginal(value, normal, options);
    for (const hit of hits) if (hit.kind === '自然人姓名') known.add(hit.value);
    return { path, value, normal, field, options, hits };
  });
  const problems: Problem[] = [];
  for (const { path, value, normal, field, options, hits } of scanned) {
    // A name found in one field with its context is found in every other field without it.
    const all = names && known.size > 0 && options.names ? inOriginal(value, normal, { ...options, nameContext: { publicNames: entryPublic, knownNames: known } }) : hits;
    for (const hit of all) problems.push(problemFor(entry, lineOf(entry, path), field, hit));
  }
  if (entry.body && (names || mayHoldNumber(entry.body))) {
    const body = entry.body;
    const bodyStart = entry.bodyLine ?? 1;
    const normal = normalise(body);
    let line = bodyStart;
    let counted = 0;
    for (const hit of inOriginal(body, normal, { names, nameContext: { publicNames, knownNames: known } })) {
      // Hits come in order, so newlines are counted once over the whole body.
      for (; counted < hit.start; counted++) if (body.charCodeAt(counted) === 10) line++;
      problems.push(problemFor(entry, line, '正文', hit));
    }
  }
  return problems;
}

async function scanAttachments(entry: SourceEntry, schema: JsonSchema, names: boolean, publicNames: Set<string>, store?: PageStore): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const { path, value } of collectMarked(schema, entry.data, 'x-file')) {
    if (!isScannedAttachment(value)) continue;
    for (const page of await attachmentPages(join(dirname(entry.absolutePath), value), store)) {
      const where = page.page ? `附件“${value}”第 ${page.page} 页` : `附件“${value}”`;
      for (const hit of findPersonalData(page.text, { names, nameContext: { publicNames } })) {
        problems.push(problemFor(entry, lineOf(entry, path), describePath(schema, path), hit, where));
      }
    }
  }
  return problems;
}

function problemFor(entry: SourceEntry, line: number, field: string, hit: PersonalDataHit, where = ''): Problem {
  return { file: entry.file, line, field, message: `${where}含未隐去的${hit.kind}“${maskHit(hit)}”，个人信息不得公开`, expected: HOW_TO_FIX[hit.kind] };
}
