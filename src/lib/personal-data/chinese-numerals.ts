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

/**
 * A reader for `text`: the text with the Chinese numerals of every stretch of at least `fewest`
 * digits (Chinese or ASCII, up to three `separator` characters between groups) replaced by ASCII
 * digits, code unit for code unit so offsets stay; undefined when there is no such stretch, which
 * one regular-expression test decides for most text. `separator` is a character class's inside.
 */
/** Whether `text` holds a Chinese numeral digit at all. */
export const hasNumeral = (text: string): boolean => ANY_NUMERAL.test(text);

export function numeralReader(separator: string, fewest: number): (text: string) => string | undefined {
  // Full-width digits count too, for a caller that asks before the text is normalised.
  const digit = `[0-9０-９${NUMERALS}]`;
  const stretch = new RegExp(`${digit}(?:[${separator}]{0,3}${digit}){${fewest - 1},}`, 'g');
  return (text) => {
    if (!ANY_NUMERAL.test(text)) return undefined;
    let changed: string | undefined;
    for (const match of text.matchAll(stretch)) {
      if (!ANY_NUMERAL.test(match[0])) continue;
      const digits = match[0].replace(NUMERAL, (char) => VALUES[char] as string);
      const base = changed ?? text;
      changed = base.slice(0, match.index) + digits + base.slice(match.index + digits.length);
    }
    return changed;
  };
}
