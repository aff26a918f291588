// A natural person's full date of birth in a decision (王某，男，1985年3月12日出生): with the
// surname, sex and place it singles the person out, and it is the middle of their ID number. Only
// a date down to the day, introduced as a birth date (出生日期, 生于) or followed by 出生, counts:
// a year or a month of birth ("1985年出生") is what published decisions keep, and a range of
// dates ("2006年1月1日至2008年12月31日出生的青年", a conscription notice) describes no one.

export interface BirthDateHit {
  start: number;
  end: number;
  value: string;
}

const CN_DIGIT = '〇零一二三四五六七八九';
const CN_SMALL = '一二三四五六七八九十';
const DATE = `(?:\\d{4}年\\d{1,2}月\\d{1,2}日|\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}|[${CN_DIGIT}]{4}年[${CN_SMALL}]{1,3}月[${CN_SMALL}]{1,3}日)`;
const LABELLED = new RegExp(`(?:出生日期|出生年月日|出生年月|出生时间|出生于|(?<![发产诞滋衍派再共寄])生(?:于|日))(?:[为是:]|\\s){0,3}(${DATE})`, 'g');
const FOLLOWED = new RegExp(`(${DATE})\\s?(?:出生|生(?=$|[\\s,，。;；、)）]))`, 'g');
/** Before a date that ends a range: the date is a bound, not someone's birthday. */
const RANGE_BEFORE = /(?:至|到|~|～|-|—|－|或|和|及|与|以后|以前|之后|之前)\s*$/;

/** Every full date of birth in a normalised text, in order. */
export function findBirthDates(text: string): BirthDateHit[] {
  if (!text.includes('生')) return [];
  const hits: BirthDateHit[] = [];
  for (const pattern of [LABELLED, FOLLOWED]) {
    for (const match of text.matchAll(pattern)) {
      const value = match[1] ?? '';
      const start = match.index + match[0].indexOf(value);
      if (pattern === FOLLOWED && RANGE_BEFORE.test(text.slice(Math.max(0, start - 4), start))) continue;
      if (!hits.some((hit) => hit.start === start)) hits.push({ start, end: start + value.length, value });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}
