// The ranking rules as data. The build writes them into the search page (an attribute of
// #search-page, made from the kind records and the site's configuration by
// src/data/search-rank-rules.ts); the page, and the build's ready answers read from the built
// page, turn them back into RankRules. So the page and the ready answers rank alike, and neither
// src/lib nor the browser's code reads a kind record.
import { decodeHTMLAttribute } from 'entities';
import type { Answer, RankRules } from './search-rank.ts';

/** The search page's attribute that holds the rules (data-rank-rules, dataset.rankRules). */
export const RANK_RULES_ATTRIBUTE = 'data-rank-rules';

/** An answer with its regular expressions as their source. */
export interface AnswerData {
  asks: string;
  unless?: string;
  weight: number;
}

export interface RankRulesData {
  kinds: Record<string, { weight?: number; answers?: AnswerData[] }>;
  officeNames: string[];
}

/** A regular expression as its source: one with flags would lose them, so the record is refused. */
function sourceOf(regex: RegExp, where: string): string {
  if (regex.flags) throw new Error(`${where}：搜索问句的正则表达式 /${regex.source}/${regex.flags} 不能带标志（${regex.flags}），请去掉`);
  return regex.source;
}

/** The rules as JSON-ready data (regular expressions as their source). */
export function rankRulesData(rules: RankRules): RankRulesData {
  const kinds: RankRulesData['kinds'] = {};
  for (const [key, standing] of Object.entries(rules.kinds)) {
    const where = `src/kinds 中 ${key} 的记录 search.answers`;
    const answers = standing.answers?.map((answer) => ({
      asks: sourceOf(answer.asks, where),
      ...(answer.unless && { unless: sourceOf(answer.unless, where) }),
      weight: answer.weight,
    }));
    if (standing.weight === undefined && !answers?.length) continue;
    kinds[key] = { ...(standing.weight !== undefined && { weight: standing.weight }), ...(answers?.length && { answers }) };
  }
  return { kinds, officeNames: rules.officeNames };
}

/** The rules from their data. */
export function rankRulesOf(data: RankRulesData): RankRules {
  const kinds: RankRules['kinds'] = {};
  for (const [key, standing] of Object.entries(data.kinds)) {
    const answers = standing.answers?.map(
      (answer): Answer => ({ asks: new RegExp(answer.asks), ...(answer.unless !== undefined && { unless: new RegExp(answer.unless) }), weight: answer.weight }),
    );
    kinds[key] = { ...(standing.weight !== undefined && { weight: standing.weight }), ...(answers && { answers }) };
  }
  return { kinds, officeNames: data.officeNames };
}

let parsed: { text: string; rules: RankRules } | undefined;
/** The rules from the attribute's JSON (the last read kept: the page reads them for every search). */
export function rankRulesFromJson(text: string | undefined): RankRules {
  if (text === undefined) throw new Error(`搜索页缺少 ${RANK_RULES_ATTRIBUTE} 属性（排序规则），请重新构建网站`);
  if (parsed?.text !== text) parsed = { text, rules: rankRulesOf(JSON.parse(text) as RankRulesData) };
  return parsed.rules;
}

/** The rules as the built search page holds them (`file` names the page in the message when it has none). */
export function rankRulesInPage(html: string, file: string): RankRules {
  const value = new RegExp(`\\s${RANK_RULES_ATTRIBUTE}="([^"]*)"`).exec(html)?.[1];
  if (value === undefined) throw new Error(`${file}：搜索页中没有 ${RANK_RULES_ATTRIBUTE} 属性（排序规则），期望由 src/pages/search.astro 写出`);
  return rankRulesFromJson(decodeHTMLAttribute(value));
}
