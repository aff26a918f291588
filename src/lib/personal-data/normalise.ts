// The text a reader sees, not the text staff typed: what the personal-data rules scan. Someone
// hiding an ID number from the check (on purpose or by pasting) writes it with HTML entities,
// zero-width characters, full-width digits or Markdown emphasis inside it; all of these show the
// same digits on the page. Each character of the normalised text keeps the range of the original
// text it came from, so a find is reported where it was typed.
import { decodeHTML } from 'entities';

export interface NormalisedText {
  /** NFKC, invisible characters removed, entities decoded, inline Markdown and HTML markup removed. */
  text: string;
  /** Original start offset of each normalised code unit; null when the text did not change. */
  starts: Int32Array | null;
  /** Original end offset (exclusive) of each normalised code unit. */
  ends: Int32Array | null;
}

/** Characters that show nothing: zero-width spaces and joiners, soft hyphen, direction marks, BOM. */
const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]/;
/** Anything the slow path has to look at: entities, invisible characters, markup. */
const NEEDS_WORK = new RegExp(`${INVISIBLE.source}|[&<*_~\`]`);
const NEEDS_WORK_AFTER_MARKUP = new RegExp(`${INVISIBLE.source}|&`);
const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?/y;

/** Growing text with its original ranges. */
class Builder {
  private parts: string[] = [];
  starts: number[] = [];
  ends: number[] = [];
  push(piece: string, start: number, end: number) {
    this.parts.push(piece);
    for (let i = 0; i < piece.length; i++) {
      this.starts.push(start);
      this.ends.push(end);
    }
  }
  text() {
    return this.parts.join('');
  }
}

/** Stage two: markup dropped, entities decoded, invisible characters dropped, NFKC. */
function decodeAndFold(original: string, drop: Uint8Array | null): Builder {
  const out = new Builder();
  let i = 0;
  while (i < original.length) {
    if (drop?.[i]) {
      i++;
      continue;
    }
    const code = original.charCodeAt(i);
    if (code === 0x26) {
      ENTITY.lastIndex = i;
      const match = ENTITY.exec(original);
      if (match) {
        const decoded = decodeHTML(match[0]);
        if (decoded !== match[0]) {
          // An entity can itself encode an invisible or full-width character.
          for (const char of decoded) if (!INVISIBLE.test(char)) out.push(char.normalize('NFKC'), i, i + match[0].length);
          i += match[0].length;
          continue;
        }
      }
    }
    const char = String.fromCodePoint(original.codePointAt(i) as number);
    const next = i + char.length;
    // ASCII and the CJK Unified Ideographs block are already in NFKC; only the rest costs a call.
    if (code < 0x80 || (code >= 0x4e00 && code <= 0x9fff)) out.push(char, i, next);
    else if (!INVISIBLE.test(char)) out.push(char.normalize('NFKC'), i, next);
    i = next;
  }
  return out;
}

// Inline markup that changes how text looks but not what it says. Paired emphasis (**, __, *, _,
// ~~, `) is unwrapped only when it closes on the same line, so a lone * of a masked 张* stays.
const EMPHASIS = /(\*\*|__|~~|\*|_|`)(?=\S)([^\n]*?\S)\1/g;
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|<!--[\s\S]*?-->/g;

/**
 * Stage one: which characters of the source are markup to drop. Markup is read in the source, as
 * Markdown and HTML read it; an entity (&lt;b&gt;, &#42;) shows its character and is not markup.
 */
function markupMask(text: string): Uint8Array | null {
  if (!/[<*_~`]/.test(text)) return null;
  const drop = new Uint8Array(text.length);
  let dropped = false;
  for (const match of text.matchAll(HTML_TAG)) {
    drop.fill(1, match.index, match.index + match[0].length);
    dropped = true;
  }
  // The text without what is dropped so far, and where each of its characters is in `text`.
  let view = text;
  let positions: number[] | null = null;
  const rebuild = () => {
    positions = [];
    for (let i = 0; i < text.length; i++) if (!drop[i]) positions.push(i);
    view = positions.map((index) => text[index]).join('');
  };
  if (dropped) rebuild();
  // Nested markup (***x***, **`x`**) takes another round; each round only removes characters.
  for (let round = 0; round < 3; round++) {
    let nested = false;
    for (const match of view.matchAll(EMPHASIS)) {
      const open = (match[1] as string).length;
      const start = match.index;
      const end = start + match[0].length;
      for (let k = 0; k < open; k++) {
        drop[positions ? (positions[start + k] as number) : start + k] = 1;
        drop[positions ? (positions[end - 1 - k] as number) : end - 1 - k] = 1;
      }
      dropped = true;
      if (/[*_~`]/.test(match[2] as string)) nested = true;
    }
    if (!nested) break;
    rebuild();
  }
  return dropped ? drop : null;
}

// NFKC maps one character to one wherever no combining mark or conjoining jamo is around to be
// composed and no character expands (㎡ → m2): then the length stays and offsets stay put. Chinese
// text is always in this case (its full-width punctuation folds one for one), so the common path
// is one native normalize() call and no map.
const COMPOSES = /[\p{M}\u1100-\u11ff\u3130-\u318f]/u;
const oneForOne = (text: string, folded: string) => folded === text || (folded.length === text.length && !COMPOSES.test(text));

/** A decimal digit of another script (Arabic-Indic ٣, Devanagari ३ …), which NFKC leaves as it is. */
const OTHER_DIGIT = /(?![0-9])\p{Nd}/u;

/** The value of a decimal digit: its distance from the start of its script's run of ten. */
function digitValue(char: string): string {
  let code = char.charCodeAt(0);
  let run = 0;
  while (run < 9 && OTHER_DIGIT.test(String.fromCharCode(code - 1))) {
    code--;
    run++;
  }
  return String(run);
}

/**
 * The normalised view of `original`: see NormalisedText. Linear in the length of the text. Digits of
 * other scripts read as digits to anyone, so they are scanned as ASCII ones (one code unit for one:
 * offsets stay put; the few outside the BMP that NFKC does not fold are left).
 */
export function normalise(original: string): NormalisedText {
  const normal = normaliseScripts(original);
  if (!OTHER_DIGIT.test(normal.text)) return normal;
  const text = normal.text.replace(new RegExp(OTHER_DIGIT.source, 'gu'), (char) => (char.length === 1 ? digitValue(char) : char));
  return { ...normal, text };
}

function normaliseScripts(original: string): NormalisedText {
  const drop = markupMask(original);
  if (!drop) {
    const folded = original.normalize('NFKC');
    if (!NEEDS_WORK.test(original) && oneForOne(original, folded)) return { text: folded, starts: null, ends: null };
  } else if (!NEEDS_WORK_AFTER_MARKUP.test(original)) {
    // Only markup to drop: keep the other characters' offsets and fold them in one call.
    const starts = new Int32Array(original.length - drop.reduce((sum, flag) => sum + flag, 0));
    const parts: string[] = [];
    let kept = 0;
    let run = -1;
    for (let i = 0; i <= original.length; i++) {
      if (i === original.length || drop[i]) {
        if (run >= 0) parts.push(original.slice(run, i));
        run = -1;
        continue;
      }
      if (run < 0) run = i;
      starts[kept++] = i;
    }
    const text = parts.join('');
    const folded = text.normalize('NFKC');
    if (oneForOne(text, folded)) return { text: folded, starts, ends: starts.map((start) => start + 1) };
  }
  const stage = decodeAndFold(original, drop);
  return { text: stage.text(), starts: Int32Array.from(stage.starts), ends: Int32Array.from(stage.ends) };
}

/** The original range of the normalised range [start, end). */
export function originalRange(normalised: NormalisedText, start: number, end: number): [number, number] {
  if (!normalised.starts || !normalised.ends || end <= start) return [start, end];
  return [normalised.starts[start] as number, normalised.ends[end - 1] as number];
}
