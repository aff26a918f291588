// The numbering of Chinese official documents: 一、 for a section, （一） for a subsection,
// 1. for an item. A numbered line is a heading when it is short and has no sentence inside it;
// a line that opens with a short phrase and a full stop ("（一）强化组织保障。根据…") is a
// heading run into its paragraph, and is split in two.

export type HeadingRank = 'section' | 'subsection' | 'item';

const RANK_ORDER: Record<HeadingRank, number> = { section: 0, subsection: 1, item: 2 };

const MARKERS: [HeadingRank, RegExp][] = [
  ['section', /^[一二三四五六七八九十]{1,3}、/],
  ['subsection', /^[（(][一二三四五六七八九十]{1,3}[）)]/],
  // "1." "1．" "1、" but not "3.1" or "2019年".
  ['item', /^\d{1,2}(?:[.．](?!\d)|、)/],
];

/** The longest text a standalone heading may have (after its number). */
const MAX_HEADING = 40;
/** The longest lead phrase that counts as a heading run into its paragraph. */
const MAX_RUN_IN = 30;

export interface DetectedHeading {
  rank: HeadingRank;
  /** The heading as it will be shown, number included, without a closing full stop. */
  text: string;
  /** The rest of the paragraph, for a heading run into it. */
  rest?: string;
}

export function headingRank(text: string): HeadingRank | undefined {
  return MARKERS.find(([, pattern]) => pattern.test(text))?.[0];
}

/** Whether a cleaned line is a heading, and of which rank. */
export function detectHeading(line: string): DetectedHeading | undefined {
  const rank = headingRank(line);
  if (!rank) return undefined;
  const marker = (MARKERS.find(([r]) => r === rank)?.[1].exec(line)?.[0] ?? '') as string;
  const body = line.slice(marker.length);
  const withoutStop = body.replace(/[。：:]$/, '');
  // A whole sentence ("1.检查结果在…公示，…备查。") is an item of text, not a heading.
  const sentence = body.endsWith('。') && (/[，、]/.test(withoutStop) || withoutStop.length > MAX_RUN_IN);
  if (withoutStop.length > 0 && withoutStop.length <= MAX_HEADING && !sentence && !/[。！？；]/.test(withoutStop)) {
    return { rank, text: marker + withoutStop };
  }
  const stop = body.indexOf('。');
  const lead = stop > 0 ? body.slice(0, stop) : '';
  const rest = body.slice(stop + 1).trim();
  if (lead && lead.length <= MAX_RUN_IN && !/[，；！？]/.test(lead) && rest) {
    return { rank, text: marker + lead, rest };
  }
  return undefined;
}

/**
 * Markdown depths for a run of headings: 一、 is always a section (##); a rank below gets one level
 * more than the nearest open heading of a higher rank, so that a document without 一、 still starts
 * at ## and no level is ever skipped. An unnumbered heading keeps the depth it was given (## if none)
 * and leaves the numbering around it alone.
 */
export function headingDepths(headings: { rank?: HeadingRank | undefined; depth?: number }[]): number[] {
  const open: { rank: HeadingRank; depth: number }[] = [];
  return headings.map(({ rank, depth: given }) => {
    if (!rank) return given ?? 2;
    while (open.length > 0 && RANK_ORDER[(open[open.length - 1] as { rank: HeadingRank }).rank] >= RANK_ORDER[rank]) open.pop();
    const depth = rank === 'section' ? 2 : (open[open.length - 1]?.depth ?? 1) + 1;
    open.push({ rank, depth });
    return depth;
  });
}

export interface HeadingProblem {
  heading: string;
  message: string;
}

/**
 * The report body's headings checked against the numbering: the page's title is its only h1, no
 * level is skipped, and each numbered heading sits at the depth its number calls for.
 */
export function headingLevelProblems(headings: { depth: number; text: string }[]): HeadingProblem[] {
  const problems: HeadingProblem[] = [];
  const expected = headingDepths(headings.map((h) => ({ rank: headingRank(h.text), depth: h.depth })));
  let previous = 1;
  headings.forEach((heading, index) => {
    const want = Math.max(2, expected[index] as number);
    const marks = '#'.repeat(want);
    if (heading.depth === 1) {
      problems.push({ heading: heading.text, message: `正文不能使用一级标题（#），报告标题已是一级标题；应为 ${marks}` });
    } else if (headingRank(heading.text) && heading.depth !== want) {
      problems.push({ heading: heading.text, message: `标题层级应为 ${marks}（${want} 级），实为 ${'#'.repeat(heading.depth)}` });
    } else if (heading.depth > previous + 1) {
      problems.push({ heading: heading.text, message: `标题层级从 ${previous} 级跳到 ${heading.depth} 级，中间不能跳级` });
    }
    previous = heading.depth;
  });
  return problems;
}
