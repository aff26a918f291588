// Prepares a built page for Pagefind. Only the copy handed to the indexer is changed; the
// published HTML stays as it is.
//
// Why every Chinese character becomes its own word: Pagefind segments page text with a
// dictionary (jieba) at index time, but the browser segments the query with Intl.Segmenter,
// whose dictionary differs ("密闭门" is indexed as 密闭|门, the query "密闭" becomes 密|闭), and
// Pagefind matches each query word only as a prefix of an indexed word. Queries would then
// miss text that is plainly on the page. With one character per word, any query of Chinese
// characters matches, and the search page asks Pagefind for the exact sequence as a phrase.
// Pagefind splits words at U+200B and shows its excerpts with U+200B between words anyway.

const ZWSP = '\u200b';
// In one pass: a run of two or more Chinese characters (split by code point: a few Han characters
// are outside the BMP), or one full-width letter or digit (or other compatibility form such as ①
// or ㎡) whose NFKC form is plain ASCII letters and digits; punctuation keeps its Chinese form for
// the excerpts. Folding never makes a Chinese character, so folding first and then splitting the
// runs, or both at once, give the same text.
const HAN_RUN_OR_COMPAT = /(\p{Script=Han}{2,})|[^\x00-\x7f\p{Script=Han}]/gu;
const COMPAT_ALNUM = /[^\x00-\x7f\p{Script=Han}]/gu;

// Each character's answer, kept: Chinese punctuation (，。、：) matches on nearly every line.
const folds = new Map<string, string>();

function fold(char: string): string {
  let kept = folds.get(char);
  if (kept === undefined) {
    const folded = char.normalize('NFKC');
    kept = /^[0-9A-Za-z]+$/.test(folded) ? folded : char;
    folds.set(char, kept);
  }
  return kept;
}

/** NFKC for the characters that matter to matching: full-width letters and digits become ASCII. */
export function foldWidth(text: string): string {
  return text.replace(COMPAT_ALNUM, fold);
}

/** Text as the index should see it: widths folded, one word per Chinese character. */
export function segmentForIndex(text: string): string {
  return text.replace(HAN_RUN_OR_COMPAT, (match: string, run: string | undefined) => (run === undefined ? fold(match) : Array.from(run).join(ZWSP)));
}

/** Ends a term (<dt>) that has no colon of its own: Pagefind runs a term and its value together. */
const TERM_END = /^<\/dt\s*>$/i;
/** Ends a table cell: Pagefind runs neighbouring cells together ("文书号行政相对人"). */
const CELL_END = /^<\/t[dh]\s*>$/i;
const ENDS_WITH_COLON = /[:：]\s*$/;

/**
 * The page with its text (not its tags or attribute values) prepared for the index. Script
 * and style contents are left alone; Pagefind does not index them. A term of a description list
 * gets a colon, so that an excerpt reads "行使层级：市级" rather than "行使层级市级", and a table cell a
 * space after it.
 */
export function prepareHtmlForIndex(html: string): string {
  let raw: string | undefined;
  let text = '';
  return html
    .split(/(<[^>]*>)/)
    .map((part) => {
      if (part.startsWith('<')) {
        const tag = /^<\/?([a-zA-Z]+)/.exec(part)?.[1]?.toLowerCase();
        if (tag === 'script' || tag === 'style') raw = part[1] === '/' ? undefined : tag;
        if ((tag === 'dt' || tag === 'td' || tag === 'th') && part[1] !== '/') text = '';
        if (TERM_END.test(part) && text !== '' && !ENDS_WITH_COLON.test(text)) return `：${part}`;
        if (CELL_END.test(part) && text !== '' && !/\s$/.test(text)) return ` ${part}`;
        return part;
      }
      if (part.trim() !== '') text = part;
      return raw ? part : segmentForIndex(part);
    })
    .join('');
}
