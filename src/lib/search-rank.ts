// What the visitor came for. Search finds the pages; this decides their order among the first
// results and, when nothing holds the query as typed, which looser words to try.
//
// People ask questions ("防空地下室审批要多久") rather than type titles, so the question words are
// set aside, and when the rest still occurs nowhere as written, pages are scored by how many of
// its two-character pieces they hold (Chinese has no spaces, and the browser's dictionary splits
// words like 人防 and 试鸣 apart). Among the pages found, a service guide comes before the power
// and responsibility entries it implements, an entry before the list it sits in, a document in
// force before a repealed or revised one, and a page titled exactly as the query first of all.
// What each kind's pages stand for, and the questions they answer, are declared in the kind
// records (src/kinds/) and handed in as RankRules with the office's names.

import { ASKS_FINE, SUBJECT_WORDS, siteWords, spellings, type Question } from './search-words.ts';

/** Question and filler words that name no page's content. Longest first, so 怎么办 goes before 怎么. */
const FILLERS = [
  '什么时候', '多长时间', '需不需要', '可不可以', '要不要', '怎么办', '怎么样', '多少钱', '在哪里', '在哪儿', '去哪里',
  '有没有', '会不会', '能不能', '是不是', '有哪些', '怎么', '怎样', '如何', '什么', '哪里', '哪儿', '多少', '多久',
  '是否', '要带', '需要', '可以', '能否', '请问', '是谁', '哪位', '哪些', '哪个', '一下', '附近',
].sort((a, b) => b.length - a.length);
const FILLER = new RegExp(FILLERS.join('|'), 'g');

/**
 * Single characters that name nothing when they stand as a word of their own (吗, 的, 了, 被 …);
 * inside a word (了解, 目的, 要求) they stay.
 */
const LONE_FILLERS = new Set([...'吗呢吧啊呀要了的地得各谁被向把给在和与及或有去我你他想能会就都也还又一请']);

/**
 * A piece's words, whole: the site's words and the dictionary's, with single characters the
 * dictionary leaves (进|水, 建设|费) joined to their neighbours so that none is lost.
 */
export function wholeWords(piece: string): string[] {
  const words: string[] = [];
  let singles = '';
  const flush = () => {
    if (singles.length > 1 || words.length === 0) words.push(singles);
    else if (singles) words[words.length - 1] += singles;
    singles = '';
  };
  for (const word of siteWords(piece)) {
    if ([...word].length === 1) singles += word;
    else {
      flush();
      if (words.at(-1)?.length === 1) words[words.length - 1] += word;
      else words.push(word);
    }
  }
  if (singles) flush();
  return words.filter((word) => word !== '');
}

/**
 * A run of Chinese characters without its question words: the pieces that remain, two characters
 * or more. A single character left beside a question word belongs to the question (交多少,
 * 罚多少, 去哪办): it is set aside too.
 */
export function contentPieces(run: string): string[] {
  const pieces: string[] = [];
  const parts = run.split(FILLER);
  parts.forEach((part, i) => {
    // The part's words with single characters the dictionary leaves standing together joined
    // (复|议 → 复议), split where a lone filler stands.
    const groups: string[][] = [[]];
    for (const word of siteWords(part).map(asThePagesSay)) {
      if (LONE_FILLERS.has(word)) groups.push([]);
      else groups.at(-1)!.push(word);
    }
    const words = groups.map(joinSingles);
    const first = words[0];
    const last = words.at(-1);
    if (i > 0 && first && first.length > 1 && [...first[0]!].length === 1) first.shift();
    if (i < parts.length - 1 && last && last.length > 1 && [...last.at(-1)!].length === 1) last.pop();
    pieces.push(...words.map((group) => group.join('')));
  });
  return pieces.filter((piece) => [...piece].length > 1);
}

/** A verb people say in one character (能拆吗, 怎么罚, 交多少) and the word the pages use for it. */
const VERBS: Record<string, string> = { 拆: '拆除', 罚: '处罚', 交: '缴纳', 缴: '缴纳', 修: '修建', 批: '审批' };

/** A word as the pages would say it: a one-character verb in full, without the 了 after it (罚了 → 处罚). */
function asThePagesSay(word: string): string {
  const bare = word.length === 2 && word.endsWith('了') ? word[0]! : word;
  return VERBS[bare] ?? bare;
}

/** Words with each run of single characters joined into one word (进|水 → 进水); a run of one stays alone. */
function joinSingles(words: string[]): string[] {
  const joined: string[] = [];
  let singles = '';
  const flush = () => {
    if (singles) joined.push(singles);
    singles = '';
  };
  for (const word of words) {
    if ([...word].length === 1) singles += word;
    else {
      flush();
      joined.push(word);
    }
  }
  flush();
  return joined;
}

export { spellings };

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
  /** The key of the kind the page belongs to (its list or one of its entries), which RankRules.kinds is keyed by. */
  kindKey?: string;
  /** For a page of no kind (the 信息公开指南, the 监督与救济 page): its own places gained or lost. */
  weight?: number;
}

/** The badge list pages carry in search (see ListShell). */
export const LIST_BADGE = '栏目';

/** A question the visitor's words ask, and the places a page answering it gains. */
export interface Answer extends Question {
  weight: number;
}

/**
 * What a kind's pages stand for among the results, as its record declares it: places gained
 * (positive) or lost by its entries for what they are (a service guide is the answer to a
 * question, a power its legal background), and the questions its pages, list and entries, answer.
 */
export interface Standing {
  weight?: number;
  answers?: Answer[];
}

/** What ranking knows of the site, handed to the search page by the build (see search-rules.ts). */
export interface RankRules {
  /** By kind key. */
  kinds: Record<string, Standing>;
  /** The office's names, which a title may start with (示例市人民防空办公室, 示例市). */
  officeNames: string[];
}

/** Each of the question's two-character pieces in a title moves a page up one place, up to this many. */
const TITLE_PAIRS_MAX = 4;
const EXACT_TITLE = 24;
/** The title without the office's name or its version note: less than the title typed in full, more than validity costs. */
const EXACT_NAME = 15;
const TITLE_HOLDS_QUERY = 2;
const NOT_IN_FORCE = -6;

/** Questions answered by what any page is, whatever its kind: the pages that answer them. */
const ANSWERED_BY_ANY: (Answer & { by: (candidate: Candidate, isList: boolean) => boolean })[] = [
  // How much one is fined: the penalty powers and matters (the discretion standards say so in their record).
  { ...ASKS_FINE, by: (c) => /处罚|罚款/.test(c.title), weight: 3 },
  // A list of things: the list page itself rather than one of its entries.
  { asks: /名单|名录|目录|清单|有哪些|哪些|一览|查询|怎么查|查一下|各|所有|全部/, by: (_c, isList) => isList, weight: 5 },
  // What the office spent: the final accounts (决算), not the budget.
  { asks: /花了|花费|花销|开支|支出|三公/, by: (c) => c.title.includes('决算'), weight: 4 },
];

/**
 * The places the question's words give a page: for each question they ask that the page answers
 * (by its kind's record or by what it is), once, however many ways it answers it.
 */
function answersWeight(candidate: Candidate, query: string, isList: boolean, rules: RankRules): number {
  const own = (candidate.kindKey && rules.kinds[candidate.kindKey]?.answers) || [];
  const answers = [...own, ...ANSWERED_BY_ANY.filter((answer) => answer.by(candidate, isList))];
  const byQuestion = new Map<string, number>();
  for (const answer of answers) {
    if (!answer.asks.test(query) || answer.unless?.test(query)) continue;
    const question = `${answer.asks.source}\n${answer.unless?.source ?? ''}`;
    byQuestion.set(question, Math.max(byQuestion.get(question) ?? 0, answer.weight));
  }
  return [...byQuestion.values()].reduce((sum, weight) => sum + weight, 0);
}

/**
 * A title as it names a thing: without the office's name in front (示例市…办法 = …办法), quotes,
 * and a trailing note of its version (（2026年修订）), so that a document is found exactly by its name.
 */
function bareTitle(title: string, officeNames: string[]): string {
  const office = officeNames.find((name) => name && title.startsWith(name));
  return (office ? title.slice(office.length) : title)
    .replace(/[《》“”"\s]/g, '')
    .replace(/[（(][^（）()]*[）)]$/, '');
}

/** The runs of digits a question holds (a year, an area), which a title holding them answers best. */
function numbersOf(query: string): string[] {
  return query.match(/\d{2,}/g) ?? [];
}
const TITLE_NUMBER = 2;

/** The question's two-character pieces, in every spelling. */
export function queryPairs(query: string): string[] {
  const pieces = (query.match(/\p{Script=Han}+/gu) ?? []).flatMap(contentPieces).flatMap(spellings);
  // The office's own name (人防, 人民防空) is in nearly every title: it tells titles apart by nothing.
  const named = pieces.flatMap((piece) => piece.split(SUBJECT));
  return [...new Set(named.flatMap(bigrams))];
}
const SUBJECT = new RegExp([...SUBJECT_WORDS].sort((a, b) => b.length - a.length).join('|'), 'g');

export function rankWeight(candidate: Candidate, query: string, rules: RankRules, pairs = queryPairs(query)): number {
  let weight = 0;
  const isList = candidate.kind === LIST_BADGE;
  // What the page is: its kind's entries' standing, or a page's own.
  if (!isList) weight += (candidate.kindKey ? rules.kinds[candidate.kindKey]?.weight : candidate.weight) ?? 0;
  // An entry outranks the list it sits in.
  if (isList) weight -= 1;
  const validity = candidate.filters['有效性']?.[0];
  if (validity && validity !== '有效') weight += NOT_IN_FORCE;
  const wanted = query.replace(/\s/g, '');
  const title = candidate.title.replace(/\s/g, '');
  // The query in each of its spellings (人防 for 人民防空) names the title.
  const forms = wanted ? spellings(wanted) : [];
  if (forms.some((form) => title === form)) weight += EXACT_TITLE;
  else if (forms.some((form) => bareTitle(title, rules.officeNames) === bareTitle(form, rules.officeNames))) weight += EXACT_NAME;
  else if (forms.some((form) => title.includes(form))) weight += TITLE_HOLDS_QUERY;
  weight += Math.min(TITLE_PAIRS_MAX, pairs.filter((pair) => title.includes(pair)).length);
  if (numbersOf(wanted).some((number) => title.includes(number))) weight += TITLE_NUMBER;
  return weight + answersWeight(candidate, wanted, isList, rules);
}

/**
 * How much a place in search's own order counts against a place of weight: search orders by where
 * and how often the words occur, which says less about what the visitor came for than the kind.
 */
const PLACE = 0.5;

/** Reorders results: each moves up by its weight from where search placed it; ties keep search's order. */
export function rerank<T extends Candidate>(candidates: T[], query: string, rules: RankRules): T[] {
  const pairs = queryPairs(query);
  return candidates
    .map((candidate, order) => ({ candidate, order, key: order * PLACE - rankWeight(candidate, query, rules, pairs) }))
    .sort((a, b) => a.key - b.key || a.order - b.order)
    .map((item) => item.candidate);
}

// Numbers and codes looked up whole: in a module of their own, which the search page's early script loads too.
export { holdsCode, lookupOf, type Lookup } from './search-lookup.ts';
