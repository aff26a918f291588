import { describe, expect, it } from 'vitest';
import { rankWeight, type Candidate, type RankRules } from './search-rank.ts';
import { RANK_RULES_ATTRIBUTE, rankRulesData, rankRulesFromJson, rankRulesInPage } from './search-rules.ts';
import { ASKS_FINE } from './search-words.ts';

const RULES: RankRules = {
  kinds: {
    services: { weight: 3, answers: [{ asks: /怎么申请|材料/, weight: 2 }] },
    discretionStandards: { answers: [{ ...ASKS_FINE, weight: 3 }] },
    news: {},
  },
  officeNames: ['示例市人民防空办公室', '示例市'],
};

describe('ranking rules as data', () => {
  it('come back from their JSON ranking every page as before', () => {
    const back = rankRulesFromJson(JSON.stringify(rankRulesData(RULES)));
    const pages: Candidate[] = [
      { url: '/services/S-1/', title: '防空地下室易地修建审批', kind: '服务指南', filters: {}, kindKey: 'services' },
      { url: '/enforcement/discretion/CL-1/', title: '侵占人防工程裁量基准', kind: '执法公示', filters: {}, kindKey: 'discretionStandards' },
      { url: '/documents/GF-1/', title: '示例市人民防空工程建设管理办法', kind: '政策文件', filters: {} },
    ];
    for (const query of ['易地修建怎么申请', '侵占人防工程罚多少', '对处罚不服', '人民防空工程建设管理办法']) {
      for (const page of pages) expect(rankWeight(page, query, back)).toBe(rankWeight(page, query, RULES));
    }
  });
  it('leave out kinds with no standing, and keep a question’s exceptions', () => {
    const data = rankRulesData(RULES);
    expect(Object.keys(data.kinds)).toEqual(['services', 'discretionStandards']);
    expect(data.kinds.discretionStandards?.answers?.[0]?.unless).toBe(ASKS_FINE.unless?.source);
  });
  it('refuse a regular expression with flags, which its source would lose', () => {
    expect(() => rankRulesData({ kinds: { fees: { answers: [{ asks: /收费/g, weight: 3 }] } }, officeNames: [] })).toThrow(
      'src/kinds 中 fees 的记录 search.answers：搜索问句的正则表达式 /收费/g 不能带标志（g），请去掉',
    );
  });
  it('are read from the built search page, its attribute unescaped', () => {
    const json = JSON.stringify(rankRulesData(RULES));
    const escaped = json.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
    const html = `<main><div id="search-page" ${RANK_RULES_ATTRIBUTE}="${escaped}"><h1>搜索</h1></div></main>`;
    expect(rankRulesData(rankRulesInPage(html, 'dist/search/index.html'))).toEqual(rankRulesData(RULES));
    expect(() => rankRulesInPage('<main></main>', 'dist/search/index.html')).toThrow('dist/search/index.html：搜索页中没有 data-rank-rules 属性');
    expect(() => rankRulesFromJson(undefined)).toThrow('搜索页缺少 data-rank-rules 属性');
  });
});
