// Characters a reader cannot see: zero-width spaces, direction overrides, control characters.
// Pasted from web pages and chat apps they make two identical-looking codes differ, hide text from
// searches and the personal-data scan, or reorder what a page shows. They are refused in content,
// and shown as ⟨U+200B⟩ in every problem line so the difference is visible.

/** Control (Cc), format (Cf) and line/paragraph separator characters; tab and line feed are ordinary. */
const INVISIBLE = /(?![\t\n])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

const NAMES: Record<number, string> = {
  0x00ad: '软连字符',
  0x200b: '零宽空格',
  0x200c: '零宽非连接符',
  0x200d: '零宽连接符',
  0x2060: '零宽不换行符',
  0xfeff: '字节顺序标记 BOM',
  0x2028: '行分隔符',
  0x2029: '段分隔符',
  0x000d: '回车符',
};

export const codePoint = (char: string) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

function nameOf(char: string): string {
  const point = char.codePointAt(0) ?? 0;
  if (NAMES[point]) return NAMES[point];
  if ((point >= 0x202a && point <= 0x202e) || (point >= 0x2066 && point <= 0x2069) || point === 0x200e || point === 0x200f) return '文字方向控制符';
  if (point < 0x20 || (point >= 0x7f && point <= 0x9f)) return '控制字符';
  return '不可见格式字符';
}

/** The distinct invisible characters in `text`, e.g. "U+200B（零宽空格）", or [] when there are none. */
export function invisibleIn(text: string): string[] {
  const found = new Set(text.match(INVISIBLE) ?? []);
  return [...found].map((char) => `${codePoint(char)}（${nameOf(char)}）`);
}

export const hasInvisible = (text: string) => text.search(INVISIBLE) !== -1;

/** "P-001\u200B" → "P-001⟨U+200B⟩"; line feeds and tabs too, so a problem stays on one line. */
export function showInvisible(text: string): string {
  return text.replace(/[\t\n]/g, (char) => `⟨${codePoint(char)}⟩`).replace(INVISIBLE, (char) => `⟨${codePoint(char)}⟩`);
}
