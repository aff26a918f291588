// Personal data that must never be published (行政处罚法 第五十条; 个人信息保护法): resident ID
// numbers, mobile numbers, bank card numbers, and the full names of natural persons in decisions.
// findPersonalData is pure and works on one text; checkPersonalData runs it over every content
// entry and reports each find as a content problem, so a build with personal data in it fails.
//
// What keeps it from tripping on the numbers a government site is full of: an ID number must have
// a real date of birth and (for 18 digits) a valid GB 11643 check digit; a bank card number must
// pass the Luhn check; a mobile number is 11 digits starting 13–19, so landlines (0999-12345678)
// never match; a 统一社会信用代码 that passes its own checksum is left alone where it is labelled
// as one; runs of digits inside codes (索引号, 事项编码) are not cut out of the middle of the code.
import { readFileSync } from 'node:fs';
import type { ContentKind, KindName } from '../schemas/index.ts';
import { isValidUscc } from './uscc.ts';
import { isRealIsoDate } from './dates.ts';
import type { Problem } from './content-check/problem.ts';
import { lineOf, type SourceEntry } from './content-check/source.ts';
import { describePath, jsonSchemaOf, type JsonSchema } from './content-check/schema-walk.ts';

export type PersonalDataKind = '身份证号码' | '手机号码' | '银行卡号' | '自然人姓名';

export interface PersonalDataHit {
  kind: PersonalDataKind;
  /** Offsets in the text as given (UTF-16 code units). */
  start: number;
  end: number;
  text: string;
}

export interface ScanOptions {
  /** Look for natural persons' full names too (in decisions, where parties are persons). */
  names?: boolean;
  /** The field holds a code (编码, 证号, 文号 …): a mobile or card pattern inside it is a code. */
  identifier?: boolean;
  /** The field is a 统一社会信用代码: a valid one is not an ID or card number. */
  creditCode?: boolean;
}

const COMPOUND_SURNAMES = '欧阳|司马|诸葛|上官|东方|皇甫|令狐|慕容|司徒|夏侯|公孙|长孙|尉迟|宇文|端木|澹台|呼延|独孤';
const MASKED_NAME = new RegExp(`^(?:(?:${COMPOUND_SURNAMES}|[\\u3400-\\u9fff])?[某*＊]+)$`);

/**
 * A natural person as published: the surname (one character, or a compound surname such as 欧阳)
 * and 某 or *, e.g. 张某, 张*, 欧阳某; or no name at all (某某). 张三某 still shows the given name.
 */
export function isMaskedPersonName(name: string): boolean {
  return MASKED_NAME.test(name);
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** The GB 11643 check character for the first 17 digits of a resident ID number. */
export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (ID_WEIGHTS[i] as number);
  return ID_CHECK[sum % 11] as string;
}

const plausibleRegion = (digits: string) => /^[1-8][0-9]/.test(digits);
const realBirthDate = (yyyymmdd: string) => {
  const iso = `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
  const year = Number(yyyymmdd.slice(0, 4));
  return year >= 1850 && year <= 2099 && isRealIsoDate(iso);
};

/** An 18-character resident ID number: region, real date of birth, sequence and check digit. */
export function isResidentId18(value: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(value)) return false;
  return plausibleRegion(value) && realBirthDate(value.slice(6, 14)) && residentIdCheckChar(value.slice(0, 17)) === value[17]!.toUpperCase();
}

/** A first-generation 15-digit ID number: region, date of birth (YYMMDD of the 1900s), sequence. */
export function isResidentId15(value: string): boolean {
  return /^\d{15}$/.test(value) && plausibleRegion(value) && realBirthDate(`19${value.slice(6, 12)}`);
}

/** The Luhn check that every bank card number passes. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Full-width digits and X folded to ASCII, one character for one, so offsets stay put. */
function foldWidth(text: string): string {
  return text.replace(/[０-９Ｘｘ]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
}

// Neither a letter nor a digit may touch a number on either side: then it is part of a code.
const NUMBER_PATTERNS: { pattern: RegExp; kinds: ('id' | 'card' | 'mobile')[] }[] = [
  // A bare run of 15 to 19 digits (an 18-character ID may end in X).
  { pattern: /(?<![0-9A-Za-z])(?:\d{17}[Xx]|\d{15,19})(?![0-9A-Za-z])/g, kinds: ['id', 'card'] },
  // An ID written in groups: 110105 19491231 002X.
  { pattern: /(?<![0-9A-Za-z])\d{6}([ -])\d{8}\1\d{3}[\dXx](?![0-9A-Za-z])/g, kinds: ['id'] },
  // A card written in groups of four: 6222 0212 3456 7890 128.
  { pattern: /(?<![0-9A-Za-z])\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?(?![0-9A-Za-z])/g, kinds: ['card'] },
  // A mobile number, with or without +86 and with spaces or hyphens as 3-4-4.
  { pattern: /(?<![0-9A-Za-z+])(?:(?:\+|00)?86[ -]?)?1[3-9]\d([ -]?)\d{4}\1\d{4}(?![0-9A-Za-z])/g, kinds: ['mobile'] },
];

/** Words in which a common surname is followed by a character that is not a given name. */
const NOT_NAMES = new Set(['陈述', '陈列', '陈旧', '张贴', '张挂', '周边', '周围', '周期', '周末', '周年', '周转', '黄色', '林地', '林木', '孔口', '孔洞', '罗列', '董事', '汪洋', '钟表', '孟春', '苏醒', '蒋介', '贾']);
const ROLES = '当事人|法定代表人|负责人|经营者|承租人|出租人|业主|户主|房主|实际控制人|股东|员工|职工|雇员|工作人员|管理人员|施工人员|申请人|被申请人|委托代理人|代理人|证人|举报人|投诉人|违法行为人|监护人|驾驶员|联系人';
// Common surnames, less those that also start everyday words after a role (于, 向, 将, 曾, 付 …).
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙朱胡郭林罗郑梁谢宋唐韩冯邓曹彭肖董袁潘蒋蔡杜叶苏魏吕丁沈姚卢姜崔钟谭汪贾夏韦邹孟熊秦邱尹薛闫雷侯陶黎贺顾郝龚邵覃戴孔汤';
const NAME_PATTERN = new RegExp(
  `(?:${ROLES})[：:\\s]?((?:${COMPOUND_SURNAMES}|[${SURNAMES}])[\\u4e00-\\u9fff]{1,2}?)(?=[，。、；：,.;:（()）“”"'「」\\s]|[于在因系未将等的与和及向对自已从为均即并擅指拒私违]|$)`,
  'g',
);

function findNames(text: string): PersonalDataHit[] {
  const hits: PersonalDataHit[] = [];
  for (const match of text.matchAll(NAME_PATTERN)) {
    const name = match[1] as string;
    if (/[某*＊×Xx]/.test(name) || NOT_NAMES.has(name) || NOT_NAMES.has(name.slice(0, 2))) continue;
    const start = (match.index ?? 0) + match[0].length - name.length;
    hits.push({ kind: '自然人姓名', start, end: start + name.length, text: name });
  }
  return hits;
}

/** Every unmasked piece of personal data in `text`, in order of appearance. */
export function findPersonalData(text: string, options: ScanOptions = {}): PersonalDataHit[] {
  const folded = foldWidth(text);
  const hits: PersonalDataHit[] = [];
  const taken = (start: number, end: number) => hits.some((hit) => start < hit.end && hit.start < end);
  for (const { pattern, kinds } of NUMBER_PATTERNS) {
    for (const match of folded.matchAll(pattern)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (taken(start, end)) continue;
      const digits = match[0].replace(/[ -]/g, '');
      const national = digits.replace(/^(?:\+|00)?86(?=1[3-9]\d{9}$)/, '');
      // A 统一社会信用代码 in its own field, or right after its label, is the organisation's code.
      const labelledUscc = options.creditCode || /信用代码[：:\s]*$/.test(folded.slice(Math.max(0, start - 12), start));
      if (labelledUscc && isValidUscc(digits.toUpperCase())) continue;
      let kind: PersonalDataKind | undefined;
      if (kinds.includes('id') && (isResidentId18(digits) || isResidentId15(digits))) kind = '身份证号码';
      else if (kinds.includes('card') && !options.identifier && digits.length >= 16 && digits.length <= 19 && luhnValid(digits)) kind = '银行卡号';
      else if (kinds.includes('mobile') && !options.identifier && /^1[3-9]\d{9}$/.test(national)) kind = '手机号码';
      if (kind) hits.push({ kind, start, end, text: text.slice(start, end) });
    }
  }
  if (options.names) hits.push(...findNames(folded).filter((hit) => !taken(hit.start, hit.end)).map((hit) => ({ ...hit, text: text.slice(hit.start, hit.end) })));
  return hits.sort((a, b) => a.start - b.start);
}

/** The find as it may appear in a report: enough to locate it, too little to use it. */
export function maskHit(hit: PersonalDataHit): string {
  if (hit.kind === '自然人姓名') return `${[...hit.text][0]}*`;
  const characters = [...hit.text];
  return characters.map((char, index) => (index < 3 || index >= characters.length - 2 || !/[0-9Xx０-９]/.test(char) ? char : '*')).join('');
}

const HOW_TO_FIX: Record<PersonalDataKind, string> = {
  身份证号码: '删除身份证号码；确需标识的，只保留前 1 位和后 1 位，如 1****************X',
  手机号码: '删除手机号码，或只保留前 3 位和后 4 位，如 138****5678；公开的联系电话应为办公电话',
  银行卡号: '删除银行卡号，或只保留后 4 位，如 **** 1234',
  自然人姓名: '自然人只公开姓氏，如“张某”或“张*”',
};

/** Decisions name their parties; only there are persons' names looked for in the text. */
const DECISION_KINDS: readonly KindName[] = ['penalties', 'permits'];
/** Fields the party schema already requires to be masked; reporting them twice would only add noise. */
const MASKED_BY_SCHEMA = [['party', 'name'], ['party', 'legalRepresentative']];

const IDENTIFIER_LABEL = /编码|证号|编号|文号|索引号|网址|邮箱|地址码|标识码|备案号/;

/** The Chinese label of the field at the end of `described` ("行政相对人.统一社会信用代码（…）"). */
function leafLabel(described: string): string {
  const labels = described.split('（')[0] ?? '';
  return (labels.split('.').pop() ?? '').replace(/\[\d+\]/g, '');
}

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

function problemFor(entry: SourceEntry, line: number, field: string, hit: PersonalDataHit): Problem {
  return { file: entry.file, line, field, message: `含未隐去的${hit.kind}“${maskHit(hit)}”，个人信息不得公开`, expected: HOW_TO_FIX[hit.kind] };
}

/** The line in the Markdown file on which body offset `offset` lies. */
function bodyLine(entry: SourceEntry, offset: number): number {
  const body = entry.body ?? '';
  // The body is the end of the file; its first line follows everything before it.
  const raw = readFileSync(entry.absolutePath, 'utf8').replace(/^\uFEFF/, '');
  const before = raw.slice(0, raw.length - body.length) + body.slice(0, offset);
  return before.split('\n').length;
}

/**
 * Every piece of personal data in every entry's fields and Markdown body, as content problems
 * naming file, line and field. All entries are scanned, shown or not: the content folder is
 * itself published (the site is open source), and a decision past its period can come back.
 */
export function checkPersonalData(entries: Record<KindName, SourceEntry[]>, kinds: Record<KindName, ContentKind>): Problem[] {
  const problems: Problem[] = [];
  // The kinds come in as an argument so that the schemas, which use isMaskedPersonName, and this
  // module do not import each other.
  for (const name of Object.keys(kinds) as KindName[]) {
    const schema: JsonSchema = jsonSchemaOf(kinds[name].schema);
    const names = DECISION_KINDS.includes(name);
    for (const entry of entries[name] ?? []) {
      for (const { path, value } of leaves(entry.data)) {
        const field = describePath(schema, path);
        const label = leafLabel(field);
        const maskedBySchema = MASKED_BY_SCHEMA.some((masked) => masked.length === path.length && masked.every((key, index) => key === path[index]));
        const options: ScanOptions = { names: names && !maskedBySchema, identifier: IDENTIFIER_LABEL.test(label), creditCode: label.includes('信用代码') };
        for (const hit of findPersonalData(value, options)) problems.push(problemFor(entry, lineOf(entry, path), field, hit));
      }
      if (entry.body) {
        for (const hit of findPersonalData(entry.body, { names })) problems.push(problemFor(entry, bodyLine(entry, hit.start), '正文', hit));
      }
    }
  }
  return problems;
}
