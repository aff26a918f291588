// Resident ID numbers, mobile numbers and bank card numbers in a normalised text.
//
// What keeps this from tripping on the numbers a government site is full of: an ID number must
// have a plausible region, a real date of birth and (for 18 digits) a valid GB 11643 check digit;
// a card number must start like a card (3–6 or 9) and pass the Luhn check; a mobile number is 11
// digits starting 13–19, so landlines (0999-12345678) never match; a run of digits is never cut
// out of the middle of a longer run, so codes (索引号, 事项编码) are left alone.
//
// Digits written in groups (138 1234 5678, 138.1234.5678, 3201/0219/…) are joined: runs of digits
// separated by one to three spaces, dots, dashes or slashes form a group, and every sequence of
// whole consecutive runs in a group is tried. Only whole runs are joined, so the cost is linear in
// the text (a candidate never exceeds 19 digits) and two numbers side by side stay two numbers.
// Brackets join too ((139)1234-5678, 【139】…), and so do tildes and wave dashes (139～1234～5678);
// but as those also mark ranges (15000～300000元), a number read across one must be grouped as
// such numbers are written (a mobile 3-4-4, 3-8 or 7-4, a card in fours). The enumeration comma 、
// and the comma never join: they separate the items of lists (150、2000、3000). A dash right before
// a unit (15000-300000元) is read as a range mark too.
// Digits written as Chinese numerals (一三九…, 幺, 〇, 两) are read in a second pass over a copy in
// which long stretches of them are ASCII digits (chinese-numerals.ts); the first pass's finds win.
import { isRealIsoDate } from '../dates.ts';
import { hasNumeral, numeralReader } from './chinese-numerals.ts';
import { isValidUscc } from '../uscc.ts';

export type NumberKind = '身份证号码' | '手机号码' | '银行卡号';

export interface NumberHit {
  kind: NumberKind;
  /** Offsets in the normalised text. */
  start: number;
  end: number;
  /** The number itself, digits only (and the X of an ID number). */
  value: string;
}

export interface NumberOptions {
  /** The field holds a code (编码, 证号, 文号 …): a mobile or card pattern inside it is a code. */
  identifier?: boolean;
  /** The field is a 统一社会信用代码: a valid one is not an ID or card number. */
  creditCode?: boolean;
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
  const year = Number(yyyymmdd.slice(0, 4));
  return year >= 1850 && year <= 2099 && isRealIsoDate(`${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`);
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

/** Card numbers start 3 (Amex, JCB), 4 (Visa), 5 (Mastercard), 6 (UnionPay) or 9 (old domestic). */
const CARD_PREFIX = /^[3-69]/;
/** Marks of a range (1~3, 2020～2026) that people also type between the groups of a number. */
const RANGE_MARKS = '~〜∼⁓';
/**
 * Between digit runs of one group: spaces, dots, dashes (any width), slashes, middle dots,
 * brackets (after NFKC, （） and ［］ are () and []) and range marks.
 */
const SEPARATOR_CLASS = `\\s.\\-/\\\\_·・‐‑‒–—―−﹣ー()[\\]【】〔〕${RANGE_MARKS}`;
const SEPARATOR = new RegExp(`^(?:[${SEPARATOR_CLASS}]{1,3}|\\s{4,8})$`);
/** Whitespace wider than a separator: columns lined up by hand, where numbers may also stand side by side. */
const WIDE_GAP = /^\s{4,}$/;
const RANGE_OR_DOT = new RegExp(`[${RANGE_MARKS}.]`);
/** Dashes, which mark a range too when an amount's unit follows (罚款15000-300000元). */
const DASH = /[-‐‑‒–—―−﹣ー]/;
/**
 * Units of money, area, length and time that a range of amounts ends in: only amounts that large
 * (15000-300000) join into 11 digits, and no phone or card number is written before one. Counting
 * words (个, 人, 日, 户, 处) are left out: 个人, 日前, 户名, 处理 follow numbers too.
 */
const UNIT_AFTER = /^(?:元|万|亿|千元|百元|平方|平米|㎡|米|公里|公顷|亩|吨|%|％|‰|天|小时|分钟|岁|倍)/;
/** The digits of the shortest number findNumbers reports, a mobile number. */
export const FEWEST_DIGITS = 11;
const readNumerals = numeralReader(SEPARATOR_CLASS, FEWEST_DIGITS);
/** The same before normalisation, where brackets, dashes and tildes may still be full-width. */
const readRawNumerals = numeralReader(`${SEPARATOR_CLASS}（）［］～－．／＼＿`, FEWEST_DIGITS);
const LETTER = /[A-Za-z]/;
/** What people type for the X that ends an ID number. */
const CHECK_X = /[Xx×Хх]/;
/** Opening brackets and their closers. */
const OPENERS = new Map([['(', ')'], ['[', ']'], ['【', '】'], ['〔', '〕']]);

interface Run {
  start: number;
  end: number;
}

const PRIORITY: Record<NumberKind, number> = { 身份证号码: 0, 手机号码: 1, 银行卡号: 2 };

/**
 * Whether `text` holds a stretch of Chinese numerals that findNumbers reads as digits: for a
 * caller that skips text with too few digits (一三九一二三四五六七八 has none).
 */
export function mayHoldNumerals(text: string): boolean {
  // Markup (**, <span>) may split a stretch that the reader's view joins: such text is scanned.
  if (/[<*`]/.test(text)) return hasNumeral(text);
  return readRawNumerals(text) !== undefined;
}

/** Letters O typed for zeros between digits (138OO123456): the text with them read as 0, or undefined. */
function readLetterZeros(text: string): string | undefined {
  if (!/\d[Oo]/.test(text)) return undefined;
  const read = text.replace(/(?<=\d)[Oo]+(?=\d)/g, (letters) => '0'.repeat(letters.length));
  return read === text ? undefined : read;
}

/** Every unmasked ID, mobile and card number in a normalised text, in order of appearance. */
export function findNumbers(text: string, options: NumberOptions = {}): NumberHit[] {
  const hits = findDigitNumbers(text, options);
  const read = readNumerals(text) ?? readLetterZeros(text);
  if (read === undefined) return hits;
  // Offsets in the read copy are offsets in the text; a find of the first pass (张三13912345678,
  // where 三 would lengthen the run) is kept over one of the second, and the second's over one of
  // a third, which reads 张三一三九… without the 三 that may be the name's.
  const kept = [...hits];
  for (const copy of [read, readNumerals(text, true), readLetterZeros(read)]) {
    if (copy === undefined) continue;
    for (const hit of findDigitNumbers(copy, options)) if (!kept.some((other) => hit.start < other.end && other.start < hit.end)) kept.push(hit);
  }
  return kept.length === hits.length ? hits : kept.sort((a, b) => a.start - b.start);
}

function findDigitNumbers(text: string, options: NumberOptions): NumberHit[] {
  const runs: Run[] = [];
  for (const match of text.matchAll(/\d+/g)) runs.push({ start: match.index, end: match.index + match[0].length });
  if (runs.length === 0) return [];
  const found: NumberHit[] = [];
  let groupStart = 0;
  for (let i = 1; i <= runs.length; i++) {
    const joined = i < runs.length && SEPARATOR.test(text.slice((runs[i - 1] as Run).end, (runs[i] as Run).start));
    if (joined) continue;
    candidates(text, runs.slice(groupStart, i), options, found);
    groupStart = i;
  }
  // Where candidates overlap, an ID number beats a mobile beats a card, and longer beats shorter.
  found.sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: NumberHit[] = [];
  for (const hit of found) if (!kept.some((other) => hit.start < other.end && other.start < hit.end)) kept.push(hit);
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Whether two numbers joined by a dash read as a range of amounts (罚款15000-300000元): exactly two
 * runs, the first smaller, a unit after, and no label of a phone or an account before. Anything else
 * across a dash (139-1234-5678, 13-912-345-678人, 手机1391-234-5678个人信息) is still a number.
 */
function dashRange(text: string, group: Run[], a: number, b: number, end: number): boolean {
  if (b !== a + 1) return false;
  const [first, second] = [group[a] as Run, group[b] as Run];
  if (Number(text.slice(first.start, first.end)) >= Number(text.slice(second.start, second.end))) return false;
  if (PERSONAL_LABEL.test(text.slice(Math.max(0, first.start - 8), first.start))) return false;
  return UNIT_AFTER.test(text.slice(end, end + 4).trimStart());
}

/** Whether a number read across a range mark is grouped as such a number is written. */
function groupedAsWritten(kind: NumberKind, value: string, runs: Run[]): boolean {
  if (kind === '身份证号码') return true; // its check digit and date are proof enough
  // Where the runs meet, counted in digits from the start.
  const boundaries: number[] = [];
  let at = 0;
  for (const run of runs.slice(0, -1)) boundaries.push((at += run.end - run.start));
  if (kind === '银行卡号') return boundaries.every((at) => at % 4 === 0);
  const prefix = value.length - 11; // 86 or 0086 in front
  return boundaries.every((at) => at <= prefix || at - prefix === 3 || at - prefix === 7);
}

function candidates(text: string, group: Run[], options: NumberOptions, found: NumberHit[]) {
  for (let a = 0; a < group.length; a++) {
    const first = group[a] as Run;
    let digits = '';
    let acrossRange = false;
    let acrossDash = false;
    for (let b = a; b < group.length; b++) {
      const last = group[b] as Run;
      // A dot joins groups as written (138.1234.5678) but also parts of versions and dates
      // (1.3.8.1234.5678): across one, a number must be grouped as such numbers are written.
      if (b > a && !acrossRange) {
        const gap = text.slice((group[b - 1] as Run).end, last.start);
        acrossRange = RANGE_OR_DOT.test(gap) || WIDE_GAP.test(gap);
      }
      if (b > a && !acrossDash) acrossDash = DASH.test(text.slice((group[b - 1] as Run).end, last.start));
      digits += text.slice(last.start, last.end);
      if (digits.length > 19) break;
      const before = text[first.start - 1] ?? '';
      let end = last.end;
      let value = digits;
      // An 18-character ID number may end in X, typed as x, ×, a Cyrillic Х, or after a space.
      if (digits.length === 17) {
        const at = text[end] === ' ' ? end + 1 : end;
        if (CHECK_X.test(text[at] ?? '') && !LETTER.test(text[at + 1] ?? '')) {
          value += 'X';
          end = at + 1;
        }
      }
      const after = text[end] ?? '';
      const kind = classify(value, text, first.start, options, LETTER.test(before) || LETTER.test(after));
      const ranged = acrossRange || (acrossDash && dashRange(text, group, a, b, end));
      if (!kind || (ranged && !groupedAsWritten(kind, value, group.slice(a, b + 1)))) continue;
      // A bracketed first group, (139)1234-5678, is reported with its opening bracket.
      const bracketed = OPENERS.has(before) && text[first.end] === OPENERS.get(before);
      const start = (kind === '手机号码' && before === '+') || bracketed ? first.start - 1 : first.start;
      found.push({ kind, start, end, value: kind === '手机号码' ? value.replace(/^(?:00)?86/, '') : value.toUpperCase() });
    }
  }
}

/** Words that introduce a card, right before it: a card so labelled is a card even if mistyped. */
const CARD_LABEL = /(?:银行卡|卡号|储蓄卡|借记卡|信用卡|银联卡|社保卡|工资卡)[号码为是:：\s(（]*$/;

/** Words that introduce a private number, right before it. */
const PERSONAL_LABEL = /(?:手机|电话|联系|卡号|账号|帐号|银行卡|开户)[号码为是:：\s+(（\[［【〔]*$/;

function classify(value: string, text: string, start: number, options: NumberOptions, touchesLetter: boolean): NumberKind | undefined {
  if (value.length === 18) {
    // A 统一社会信用代码 in its own field, or right after its label, is the organisation's code.
    const labelledUscc = options.creditCode || /信用代码[:\s]*$/.test(text.slice(Math.max(0, start - 12), start));
    if (labelledUscc && isValidUscc(value.toUpperCase())) return undefined;
  }
  // The checksum and date make an ID number safe to find even inside letters (ID11010…).
  if (isResidentId18(value) || isResidentId15(value)) return '身份证号码';
  // Letters around digits make them part of a code (MB1234567F); an identifier field is a code,
  // unless the number is introduced as a phone or an account ("证号：A1，手机 139…").
  if (touchesLetter || (options.identifier && !PERSONAL_LABEL.test(text.slice(Math.max(0, start - 8), start)))) return undefined;
  if (/^(?:(?:00)?86)?1[3-9]\d{9}$/.test(value)) return '手机号码';
  if (value.length >= 16 && CARD_PREFIX.test(value) && luhnValid(value)) {
    if (options.creditCode && isValidUscc(value)) return undefined;
    return '银行卡号';
  }
  // A made-up or mistyped card number (the Luhn check fails) is still someone's card when it is
  // labelled as one; an account (账号) may be an organisation's and needs the check.
  if (value.length >= 16 && CARD_PREFIX.test(value) && CARD_LABEL.test(text.slice(Math.max(0, start - 10), start))) return '银行卡号';
  return undefined;
}
