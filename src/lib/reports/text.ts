// Cleaning a line of report text the way it arrives from a web page, a .txt or a Word file:
// indentation (full-width or not) removed, stray spaces next to Chinese text removed, and
// half-width punctuation inside Chinese text turned full-width. Latin text and numbers are left as they are.

/** Han characters and the punctuation used in Chinese text (full-width forms, CJK symbols, curly quotes). */
const CJK = /[\p{Script=Han}\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65\u2018\u2019\u201C\u201D\u2014\u2026\u00B7]/u;
const SPACE = /[ \t\u00A0\u3000\u2002\u2003\u2009\u200B\uFEFF]/;

const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };

export const isCjk = (char: string | undefined): boolean => char !== undefined && CJK.test(char);

/** The nearest character that is not a space, looking left (-1) or right (+1). */
function neighbour(chars: string[], index: number, step: -1 | 1): string | undefined {
  for (let i = index + step; i >= 0 && i < chars.length; i += step) {
    const char = chars[i] as string;
    if (!SPACE.test(char)) return char;
  }
  return undefined;
}

export function cleanLine(line: string): string {
  const chars = [...line.trim()];
  // First the punctuation, judged by its neighbours across any spaces: "9:00" and "http://" keep
  // their colon because neither side is Chinese.
  const converted = chars.map((char, index) => {
    const full = FULL_WIDTH[char];
    return full && (isCjk(neighbour(chars, index, -1)) || isCjk(neighbour(chars, index, 1))) ? full : char;
  });
  // Then the spaces: meaningful between two pieces of Latin text or numbers, stray next to Chinese.
  const out: string[] = [];
  converted.forEach((char, index) => {
    if (!SPACE.test(char)) {
      out.push(char);
      return;
    }
    if (isCjk(neighbour(converted, index, -1)) || isCjk(neighbour(converted, index, 1))) return;
    if (out.length > 0 && out[out.length - 1] === ' ') return;
    out.push(' ');
  });
  return out.join('');
}

/** Lines of a plain-text file: any line ending, a byte-order mark dropped. */
export function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

/** "2020年2月26日", "2020-03-12", "2020- 03- 12", "2020.3.12" → "2020-02-26"; undefined when not a real date. */
export function parseChineseDate(text: string): string | undefined {
  const match = /(\d{4})\s*(?:年|[-./])\s*(\d{1,2})\s*(?:月|[-./])\s*(\d{1,2})\s*日?/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
