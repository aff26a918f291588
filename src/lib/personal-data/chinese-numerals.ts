// Digits written as Chinese numerals (一三九一二三四五六七八九, 幺 for 1, 〇 or 零 for 0, 两 for 2,
// the financial forms 壹贰叁 …) read as a number to anyone, so they are scanned as ASCII digits.
// Only stretches that could hold a number are read this way: eleven or more digits of either kind,
// possibly grouped by the separators numbers.ts joins. Dates (二〇二六年三月一日), article numbers
// (第一百三十九条, where 百 and 十 break the stretch) and lists (一、二、三) never get there.

/** Each Chinese numeral digit and its value; all are one UTF-16 code unit, as are ASCII digits. */
const VALUES: Record<string, string> = {
  〇: '0', 零: '0', 洞: '0',
  一: '1', 幺: '1', 壹: '1',
  二: '2', 两: '2', 兩: '2', 贰: '2', 貳: '2',
  三: '3', 叁: '3', 參: '3',
  四: '4', 肆: '4',
  五: '5', 伍: '5',
  六: '6', 陆: '6', 陸: '6',
  七: '7', 柒: '7',
  八: '8', 捌: '8',
  九: '9', 玖: '9',
};

const NUMERALS = Object.keys(VALUES).join('');
const ANY_NUMERAL = new RegExp(`[${NUMERALS}]`);
const NUMERAL = new RegExp(`[${NUMERALS}]`, 'g');

/** Whether `text` holds a Chinese numeral digit at all. */
export const hasNumeral = (text: string): boolean => ANY_NUMERAL.test(text);

/**
 * A reader for `text`: the text with the Chinese numerals of every stretch of at least `fewest`
 * digits (Chinese or ASCII, up to three `separator` characters between groups) replaced by ASCII
 * digits, code unit for code unit so offsets stay; undefined when there is no such stretch. One
 * pass over the code units with a table lookup each: most text is Chinese with 一 in it somewhere,
 * and codes of ASCII digits are long stretches, so a regular expression costs several times more.
 * `separator` is a character class's inside. With `trimFirst`, a stretch's first character, when
 * a numeral, is left as it is: it may end a word (张三一三九…, where 三 is the name's).
 */
export function numeralReader(separator: string, fewest: number): (text: string, trimFirst?: boolean) => string | undefined {
  // 1: a digit (ASCII or full-width, which a caller before normalisation sees), 2: a numeral, 3: a separator.
  const kinds = new Uint8Array(0x10000);
  const isSeparator = new RegExp(`^[${separator}]$`);
  for (let code = 0; code < 0x10000; code++) if (isSeparator.test(String.fromCharCode(code))) kinds[code] = 3;
  for (let code = 0x30; code <= 0x39; code++) kinds[code] = 1;
  for (let code = 0xff10; code <= 0xff19; code++) kinds[code] = 1;
  for (const char of NUMERALS) kinds[char.charCodeAt(0)] = 2;
  return (text, trimFirst = false) => {
    if (text.length < fewest) return undefined;
    let parts: string[] | undefined;
    let copied = 0;
    let start = -1;
    let last = -1;
    let count = 0;
    let numeral = false;
    let gap = 0;
    for (let i = 0; i <= text.length; i++) {
      const kind = i < text.length ? (kinds[text.charCodeAt(i)] as number) : 0;
      if (kind === 1 || kind === 2) {
        if (start < 0) {
          start = i;
          count = 0;
          numeral = false;
        }
        count++;
        if (kind === 2) numeral = true;
        gap = 0;
        last = i;
      } else if (kind === 3 && start >= 0 && gap < 3) {
        gap++;
      } else if (start >= 0) {
        const from = trimFirst && kinds[text.charCodeAt(start)] === 2 ? start + 1 : start;
        if (numeral && count - (from - start) >= fewest && (!trimFirst || from > start)) {
          parts ??= [];
          parts.push(text.slice(copied, from), text.slice(from, last + 1).replace(NUMERAL, (char) => VALUES[char] as string));
          copied = last + 1;
        }
        start = -1;
        gap = 0;
      }
    }
    if (!parts) return undefined;
    parts.push(text.slice(copied));
    return parts.join('');
  };
}
