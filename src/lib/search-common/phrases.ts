// Which pages hold a phrase, and where, exactly as Pagefind's exact phrase search over this
// site's index decides it: the index holds one word per Chinese character (search-index-text.ts)
// and a fragment's text is Pagefind's words joined by U+200B, so a page holds "防空地下室" when
// five consecutive words are 防, 空, 地, 下, 室 (whitespace and punctuation around a word do not
// count; a punctuation word between them breaks the phrase). Checked against Pagefind's own
// search at 10,000 entries: the same pages for 防空地下室, 地下室, 竣工 and 竣工验收.
//
// Which phrases: those the site's titles are made of (their dictionary words, alone or two or
// three together), since titles name what people look for, kept when they match many pages.

const ZWSP = '\u200b';
/** Stands for every word that is not a single Chinese character: no phrase runs across it. */
const SEPARATOR = '\u0001';
const HAN = /^\p{Script=Han}$/u;

/**
 * A page's words as one string of one character each: the Chinese character a word is, else
 * SEPARATOR. A phrase's first position in it is its first word's position in Pagefind's index.
 * (A character outside the Basic Multilingual Plane counts as a separator, so that positions
 * stay one per word.)
 */
export function wordString(content: string): string {
  // A word is the Chinese character it holds when that character is its only letter or digit
  // (Pagefind drops the punctuation and whitespace around a word; a one-character word is itself).
  // Read in one pass with a table of character classes: a list page of a large site is a million
  // characters, read on a phone.
  const out = new Uint16Array(content.length + 1);
  let length = 0;
  // The word being read: where it started, its letters and digits (up to 2), its Chinese character.
  let start = 0;
  let kept = 0;
  let han = SEPARATOR_CODE;
  for (let at = 0; at <= content.length; at += 1) {
    const code = at < content.length ? content.charCodeAt(at) : ZWSP_CODE;
    if (code === ZWSP_CODE) {
      if (at - start === 1) {
        const only = content.charCodeAt(start);
        const kind = classOf(only);
        out[length++] = kind === HAN_LETTER || kind === HAN_OTHER ? only : SEPARATOR_CODE;
      } else out[length++] = kept === 1 ? han : SEPARATOR_CODE;
      start = at + 1;
      kept = 0;
      han = SEPARATOR_CODE;
      continue;
    }
    if (kept > 1) continue;
    if (code >= 0xd800 && code <= 0xdbff && at + 1 < content.length) {
      const low = content.charCodeAt(at + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        // A character outside the BMP: two code units when it is a letter or digit, else dropped.
        if (LETTER_OR_DIGIT.test(content.slice(at, at + 2))) kept += 2;
        at += 1;
        continue;
      }
    }
    // In a longer word only letters and digits count: a radical (⽣, ⺀) is dropped like punctuation.
    const kind = classOf(code);
    if (kind === HAN_LETTER) han = code;
    else if (kind === LETTER) han = SEPARATOR_CODE;
    if (kind === HAN_LETTER || kind === LETTER) kept += 1;
  }
  // Only Chinese characters of the BMP and SEPARATOR are written, never half a surrogate pair.
  return UTF16.decode(out.subarray(0, length));
}

const ZWSP_CODE = 0x200b;
/** The code units as a string at once (String.fromCharCode takes an argument per unit). The platforms run little-endian. */
const UTF16 = /* @__PURE__ */ new TextDecoder('utf-16le');
// A number, not SEPARATOR.charCodeAt(0): kept in the search page's inline script, the character itself is not valid HTML.
const SEPARATOR_CODE = 0x0001;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Classes of UTF-16 code units (0 not yet seen). */
const HAN_LETTER = 1;
const LETTER = 2;
const NEITHER = 3;
/** Chinese script but not a letter: the radicals (⽣, ⺀), which a one-character word still is. */
const HAN_OTHER = 4;
const CLASSES = /* @__PURE__ */ new Uint8Array(65536);

function classOf(code: number): number {
  let known = CLASSES[code] as number;
  if (known === 0) {
    const char = String.fromCharCode(code);
    const letter = LETTER_OR_DIGIT.test(char);
    known = HAN.test(char) ? (letter ? HAN_LETTER : HAN_OTHER) : letter ? LETTER : NEITHER;
    CLASSES[code] = known;
  }
  return known;
}

/** Whether a phrase can be looked up in word strings: two or more Chinese characters of the BMP. */
export function isPhrase(phrase: string): boolean {
  return phrase.length >= 2 && [...phrase].length === phrase.length && [...phrase].every((char) => HAN.test(char));
}

/**
 * Calls `hit` once per page and phrase, at the phrase's first position in the page, scanning
 * each page once for all phrases (keyed by their first two characters).
 */
export function scanPhrases(pages: string[], phrases: string[], hit: (phrase: number, page: number, at: number) => void): void {
  const byStart = new Map<number, number[]>();
  for (const [index, phrase] of phrases.entries()) {
    if (!isPhrase(phrase)) throw new Error(`不能预先计算的检索词：“${phrase}”（应为两个以上汉字）`);
    const key = phrase.charCodeAt(0) * 65536 + phrase.charCodeAt(1);
    const list = byStart.get(key);
    if (list) list.push(index);
    else byStart.set(key, [index]);
  }
  const lastPage = new Int32Array(phrases.length).fill(-1);
  for (const [page, text] of pages.entries()) {
    for (let i = 0; i + 1 < text.length; i += 1) {
      const list = byStart.get(text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1));
      if (!list) continue;
      for (const index of list) {
        if (lastPage[index] !== page && text.startsWith(phrases[index] as string, i)) {
          lastPage[index] = page;
          hit(index, page, i);
        }
      }
    }
  }
}

const MAX_WORDS = 3;
const MAX_LENGTH = 12;

/** The phrases a title is made of: its dictionary words, alone and two or three together. */
export function titlePhrases(title: string, segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' })): string[] {
  const found = new Set<string>();
  for (const [run] of title.replaceAll(ZWSP, '').normalize('NFKC').matchAll(/\p{Script=Han}+/gu)) {
    const words = [...segmenter.segment(run)].map((part) => part.segment);
    for (let start = 0; start < words.length; start += 1) {
      let phrase = '';
      for (let end = start; end < Math.min(words.length, start + MAX_WORDS); end += 1) {
        phrase += words[end];
        if (phrase.length > MAX_LENGTH) break;
        if (isPhrase(phrase)) found.add(phrase);
      }
    }
  }
  return [...found];
}

export interface PhraseChoice {
  /** A phrase must be on at least this many pages. */
  minPages: number;
  /** At most this many phrases, the most frequent first. */
  maxPhrases: number;
}

/**
 * The common phrases of a site: phrases of its titles found on at least `minPages` pages,
 * most pages first (then in code point order, so that the choice does not depend on page order).
 */
export function chooseCommonPhrases(titles: string[], pages: string[], choice: PhraseChoice): string[] {
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const candidates = [...new Set(titles.flatMap((title) => titlePhrases(title, segmenter)))];
  const counts = new Uint32Array(candidates.length);
  scanPhrases(pages, candidates, (index) => {
    counts[index] = (counts[index] ?? 0) + 1;
  });
  return candidates
    .map((phrase, index) => ({ phrase, pages: counts[index] ?? 0 }))
    .filter((candidate) => candidate.pages >= choice.minPages)
    .sort((a, b) => b.pages - a.pages || (a.phrase < b.phrase ? -1 : a.phrase > b.phrase ? 1 : 0))
    .slice(0, choice.maxPhrases)
    .map((candidate) => candidate.phrase);
}
