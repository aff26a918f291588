// Numbers and codes people look up whole (执法证号, 编码, 索引号, 统一社会信用代码, 文号): which
// queries are one, and whether and where a page's text holds one. Small and free of the query
// planner, so that the search page's early script can tell a look-up from words.
import { recent } from './recent.ts';

/** Kinds of number people look up, and how to say one does not exist. */
export interface Lookup {
  /** What the number is, for the message. */
  label: string;
  /** The message when nothing has it. */
  notFound: string;
}

/**
 * The query is a number or code that either names one page or none: a 执法证号 (digits only), a
 * 事项编码 or 实施编码, a 统一社会信用代码, a 索引号 or a 文号. Null for words.
 */
export function lookupOf(text: string): Lookup | null {
  const q = text.trim();
  const say = (label: string, what: string): Lookup => ({ label, notFound: `未查到${label} ${q} 的${what}，请核对号码。` });
  // 执法证号 are eleven digits (two for the province, four for the body, five for the holder).
  if (/^\d{11}$/.test(q)) {
    return { label: '执法证号', notFound: `未查到执法证号 ${q} 的执法人员，请核对号码；证件状态以本页为准。` };
  }
  if (/^\d{6,}$/.test(q)) return say('编号', '事项、人员或文件');
  if (/^[0-9A-Z]{18}\/\d{4}-\d{3,}$/i.test(q)) return say('索引号', '信息');
  if (/^[0-9A-HJ-NPQRTUWXY]{18}$/i.test(q)) return say('统一社会信用代码', '单位');
  if (/^[A-Z]{2,}(-[A-Z0-9]+){1,3}$/i.test(q) && /\d/.test(q)) return say('编码', '事项或条目');
  if (/^\p{Script=Han}+[〔［[(（]\d{4}[〕］\])）]\d+号$/u.test(q)) return say('文号', '文件或决定');
  return null;
}

/**
 * A page's text as the words a code is matched against: each Chinese character, and each run of
 * letters and digits, in lower case (rf-xk-009 is RF-XK-009 typed quickly).
 */
export function codeWords(content: string): string[] {
  return content.replaceAll('\u200b', ' ').normalize('NFKC').toLowerCase().match(/\p{Script=Han}|[0-9a-z]+/gu) ?? [];
}

const HAN = /\p{Script=Han}/u;
const isAlnum = (code: number) => (code >= 48 && code <= 57) || (code >= 97 && code <= 122);

/** Whether the text at `at` starts a word of codeWords (a Chinese character or a letter or digit). */
function startsWord(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return isAlnum(code);
  return HAN.test(String.fromCodePoint(text.codePointAt(at) ?? 0));
}

/** Whether `words` (codeWords of a code) occur in `text` from `at` on, one after another, whole. */
function wordsAt(text: string, at: number, words: readonly string[]): boolean {
  let position = at;
  for (const [index, word] of words.entries()) {
    // Between two words only what codeWords drops: spaces, punctuation, brackets.
    if (index > 0) while (position < text.length && !startsWord(text, position)) position += 1;
    if (!text.startsWith(word, position)) return false;
    if (isAlnum(word.charCodeAt(0)) && (isAlnum(text.charCodeAt(position - 1)) || isAlnum(text.charCodeAt(position + word.length)))) return false;
    position += word.length;
  }
  return true;
}

/** A page's text folded as codeWords folds it, and where the codes looked for are in it, kept for the pages read last (recent.ts). */
const foldedText = recent((content) => ({ text: content.normalize('NFKC').toLowerCase(), positions: new Map<string, number>() }));

/**
 * Where a page's text first holds the code as whole words (not a longer number that starts with
 * it), as an offset in the text (folded as codeWords folds it); -1 when it does not hold it. Pages
 * holding a code are ordered by it. Read in place, without splitting the text into words: a list
 * page of a large site holds thousands of codes in half a megabyte of text.
 */
export function codePosition(content: string, tokens: string): number {
  const words = codeWords(tokens);
  const [first] = words;
  if (first === undefined) return -1;
  // A list page holds a code's first word (示防罚决) on every row: a repeated search looks it up.
  const { text, positions: known } = foldedText(content);
  const key = words.join(' ');
  const seen = known.get(key);
  if (seen !== undefined) return seen;
  let found = -1;
  for (let at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
    if (wordsAt(text, at, words)) {
      found = at;
      break;
    }
  }
  known.set(key, found);
  return found;
}

/** Whether a page's text holds the code as whole words (not a longer number that starts with it). */
export function holdsCode(content: string, tokens: string): boolean {
  return codePosition(content, tokens) >= 0;
}
