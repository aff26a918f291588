// What the visitor came for. Search finds the pages; this decides their order among the first
// results and, when nothing holds the query as typed, which looser words to try.
//
// People ask questions ("防空地下室审批要多久") rather than type titles, so the question words are
// set aside, and when the rest still occurs nowhere as written, pages are scored by how many of
// its two-character pieces they hold (Chinese has no spaces, and the browser's dictionary splits
// words like 人防 and 试鸣 apart). Among the pages found, a service guide comes before the power
// and responsibility entries it implements, an entry before the list it sits in, a document in
// force before a repealed or revised one, and a page titled exactly as the query first of all.

/** Question and filler words that name no page's content. Longest first, so 怎么办 goes before 怎么. */
const FILLERS = [
  '什么时候', '多长时间', '需不需要', '要不要', '怎么办', '怎么样', '多少钱', '在哪里', '在哪儿', '去哪里',
  '怎么', '怎样', '如何', '什么', '哪里', '哪儿', '多少', '多久', '是否', '要带', '需要', '可以', '能否', '请问',
  '吗', '呢', '吧', '啊', '要',
].sort((a, b) => b.length - a.length);
const FILLER = new RegExp(FILLERS.join('|'), 'g');

/** A run of Chinese characters without its question words: the pieces that remain, two characters or more. */
export function contentPieces(run: string): string[] {
  return run
    .split(FILLER)
    .filter((piece) => piece.length > 1);
}

/** The usual short and long forms of the same words: 人防 is how people say 人民防空. */
const SPELLINGS: [string, string][] = [['人防', '人民防空'], ['执法证', '执法证件']];

/** A piece as people write it and as the pages may: 拆除人防工程, 拆除人民防空工程. */
export function spellings(piece: string): string[] {
  const forms = new Set([piece]);
  for (const [short, long] of SPELLINGS) {
    for (const form of [...forms]) if (form.includes(short) && !form.includes(long)) forms.add(form.replaceAll(short, long));
  }
  return [...forms];
}

/** Every two characters that stand together in a piece (人防易地 → 人防, 防易, 易地). */
export function bigrams(piece: string): string[] {
  const chars = [...piece];
  return [...new Set(chars.slice(1).map((char, i) => `${chars[i]}${char}`))];
}

/** Where a page holds a phrase: the first word's position (0 is the start of the title). */
export type Found = Map<string, number>;

/** A page whose phrase starts this early holds it in its title (one word per Chinese character). */
const TITLE_WORDS = 30;

/**
 * Orders pages by how much of the query they hold: a piece found whole counts as all its
 * two-character pieces and two more. Pages holding fewer than half of the query's
 * two-character pieces are left out (量子计算机 finds nothing for 计算 alone). Among equals,
 * pages holding more of them in their title come first; then the order of `first`.
 */
export function byCoverage(first: string[], pieces: { whole: Found; pairs: Found[] }[][]): string[] {
  const total = pieces.reduce((sum, forms) => sum + Math.min(...forms.map((form) => form.pairs.length)), 0);
  if (total === 0) return [];
  // One spelling of one piece: how many of its pairs the page holds, its score and how much is in the title.
  const measure = (id: string, piece: { whole: Found; pairs: Found[] }) => {
    const whole = piece.whole.get(id);
    if (whole !== undefined) {
      const score = piece.pairs.length + 2;
      return { held: piece.pairs.length, score, inTitle: whole < TITLE_WORDS ? score : 0 };
    }
    const found = piece.pairs.map((pair) => pair.get(id)).filter((at): at is number => at !== undefined);
    return { held: found.length, score: found.length, inTitle: found.filter((at) => at < TITLE_WORDS).length };
  };
  return first
    .map((id, order) => {
      let held = 0;
      let score = 0;
      let inTitle = 0;
      for (const forms of pieces) {
        // Measured against the spelling's own length, so the longer spelling does not win by size.
        const best = forms
          .map((form) => ({ ...measure(id, form), size: Math.max(1, form.pairs.length) }))
          .sort((a, b) => b.held / b.size - a.held / a.size)[0];
        if (!best) continue;
        const shortest = Math.min(...forms.map((form) => form.pairs.length));
        const scale = shortest / best.size;
        held += best.held * scale;
        score += best.score * scale;
        inTitle += best.inTitle * scale;
      }
      return { id, order, held, score, inTitle };
    })
    .filter((page) => page.held * 2 >= total)
    .sort((a, b) => b.score - a.score || b.inTitle - a.inTitle || a.order - b.order)
    .map((page) => page.id);
}

/** A result as far as its place goes. */
export interface Candidate {
  url: string;
  title: string;
  /** 类别 badge: 栏目 for list pages. */
  kind: string | undefined;
  /** The page's filters (有效性 for documents). */
  filters: Record<string, string[]>;
}

/** The badge list pages carry in search (see ListShell). */
export const LIST_BADGE = '栏目';

/**
 * Places gained (positive) or lost among the results, by what the page is. Pages whose addresses
 * start with these are the answer to a question (a service guide, the 监督与救济 page, the
 * 信息公开指南) or the legal background to one (a power, its responsibilities).
 */
const URL_WEIGHTS: [string, number][] = [
  ['/services/', 3],
  ['/enforcement/remedies/', 3],
  ['/guide/', 3],
  ['/enforcement/guides/', 1],
  ['/powers/', -1],
  ['/responsibilities/', -2],
  ['/duties/', -2],
  // Annual reports mention every matter in passing; they answer when asked for by title.
  ['/reports/', -2],
];
/** Each of the question's two-character pieces in a title moves a page up one place, up to this many. */
const TITLE_PAIRS_MAX = 4;
const EXACT_TITLE = 20;
const TITLE_HOLDS_QUERY = 2;
const NOT_IN_FORCE = -6;

/** The office's name in front of a title does not count against an exact match (示例市…办法 = …办法). */
function bareTitle(title: string): string {
  return title.replace(/^示例市(人民防空办公室)?/, '').replace(/[《》“”"\s]/g, '');
}

/** The question's two-character pieces, in every spelling. */
export function queryPairs(query: string): string[] {
  const pieces = (query.match(/\p{Script=Han}+/gu) ?? []).flatMap(contentPieces).flatMap(spellings);
  return [...new Set(pieces.flatMap(bigrams))];
}

export function rankWeight(candidate: Candidate, query: string, pairs = queryPairs(query)): number {
  let weight = 0;
  const isList = candidate.kind === LIST_BADGE;
  if (!isList) weight += URL_WEIGHTS.find(([prefix]) => candidate.url.startsWith(prefix))?.[1] ?? 0;
  // An entry outranks the list it sits in.
  if (isList) weight -= 1;
  const validity = candidate.filters['有效性']?.[0];
  if (validity && validity !== '有效') weight += NOT_IN_FORCE;
  const wanted = query.replace(/\s/g, '');
  const title = candidate.title.replace(/\s/g, '');
  if (wanted && (title === wanted || bareTitle(title) === bareTitle(wanted))) weight += EXACT_TITLE;
  else if (wanted && title.includes(wanted)) weight += TITLE_HOLDS_QUERY;
  weight += Math.min(TITLE_PAIRS_MAX, pairs.filter((pair) => title.includes(pair)).length);
  return weight;
}

/**
 * How much a place in search's own order counts against a place of weight: search orders by where
 * and how often the words occur, which says less about what the visitor came for than the kind.
 */
const PLACE = 0.5;

/** Reorders results: each moves up by its weight from where search placed it; ties keep search's order. */
export function rerank<T extends Candidate>(candidates: T[], query: string): T[] {
  const pairs = queryPairs(query);
  return candidates
    .map((candidate, order) => ({ candidate, order, key: order * PLACE - rankWeight(candidate, query, pairs) }))
    .sort((a, b) => a.key - b.key || a.order - b.order)
    .map((item) => item.candidate);
}

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

/** Whether a page's text holds the code as whole words (not a longer number that starts with it). */
export function holdsCode(content: string, tokens: string): boolean {
  const words = (content.replaceAll('\u200b', ' ').normalize('NFKC').match(/\p{Script=Han}|[0-9A-Za-z]+/gu) ?? []).join(' ');
  return ` ${words} `.includes(` ${tokens} `);
}
