import { describe, expect, it } from 'vitest';
import {
  codeTokens, countFilters, effectiveSort, keepMatching, makeExcerpt, normaliseQuery, pagefindFilters, planQuery,
  rankByPosition, readState, tidyExcerpt, writeState,
} from './search-query.ts';

it.each([
  ['ＲＦ－ＸＫ－００１', 'RF-XK-001'],
  ['（２０２５）', '(2025)'],
  ['  防空　地下室 ', '防空 地下室'],
  // 〔〕 in 文号 have no half-width form and stay as they are.
  ['示防罚决〔２０２５〕1号', '示防罚决〔2025〕1号'],
])('folds full-width digits, letters and brackets into their half-width forms: %j → %j', (query, folded) => {
  expect(normaliseQuery(query)).toBe(folded);
});

describe('codeTokens', () => {
  it.each([
    ['示防罚决〔2025〕1号', '示 防 罚 决 2025 1 号'],
    ['ＲＦ－ＸＫ－００１', 'RF XK 001'],
    ['11990100MB1234567F/2025-00214', '11990100MB1234567F 2025 00214'],
    ['99010021005', '99010021005'],
  ])('writes the code %j as the words the index holds', (code, words) => {
    expect(codeTokens(code)).toBe(words);
  });
});

describe('planQuery', () => {
  it('is empty for an empty or blank query', () => {
    expect(planQuery('  　').ranked).toBeNull();
    expect(planQuery('').phrases).toEqual([]);
  });
  it('ranks Chinese characters one by one and requires each run of them as a phrase', () => {
    const plan = planQuery('防空地下室');
    expect(plan.ranked).toBe('防 空 地 下 室');
    expect(plan.phrases).toEqual(['"防 空 地 下 室"']);
    expect(plan.fallbacks).toEqual([[['"防 空"'], ['"地 下 室"']]]);
    expect(plan.pieces).toEqual(['防空地下室']);
    expect(plan.exact).toBeNull();
    expect(plan.alnum).toBeNull();
    expect(plan.highlights).toEqual(['防空地下室', '地下室', '防空']);
  });
  it('takes each phrase in every spelling from the first search on, in simplified characters', () => {
    const plan = planQuery('人防工程竣工驗收備案');
    expect(plan.phrases).toEqual(['"人 防 工 程 竣 工 验 收 备 案"']);
    expect(plan.spelled).toEqual([['"人 防 工 程 竣 工 验 收 备 案"', '"人 民 防 空 工 程 竣 工 验 收 备 案"']]);
    // The first search already takes both spellings: no looser search repeats it.
    expect(plan.fallbacks).not.toContainEqual(plan.spelled);
    expect(planQuery('防空地下室').spelled).toEqual([['"防 空 地 下 室"']]);
  });
  it('needs no phrase for a single character and no relaxed form when it would be the same', () => {
    expect(planQuery('门').phrases).toEqual([]);
    expect(planQuery('门').highlights).toEqual(['门']);
    expect(planQuery('验收').fallbacks).toEqual([]);
  });
  it('tries the question without its question words, in both spellings, then its dictionary words', () => {
    expect(planQuery('拆除人防工程要审批吗').fallbacks).toEqual([[['"拆 除 人 防 工 程"', '"拆 除 人 民 防 空 工 程"'], ['"审 批"']]]);
    expect(planQuery('防空地下室审批材料').fallbacks).toEqual([[['"防 空"'], ['"地 下 室"'], ['"审 批"'], ['"材 料"']]]);
    expect(planQuery('对处罚不服怎么办').pieces).toEqual(['对处罚不服']);
  });
  it('treats words separated by spaces as separate phrases', () => {
    expect(planQuery('竣工 验收').phrases).toEqual(['"竣 工"', '"验 收"']);
    expect(planQuery('竣工 验收').ranked).toBe('竣 工 验 收');
  });
  it('looks a code or 文号 up exactly, whatever its width', () => {
    const plan = planQuery('示防罚决〔２０２５〕1号');
    expect(plan.ranked).toBe('示 防 罚 决〔2025〕1号');
    expect(plan.phrases).toEqual(['"示 防 罚 决"']);
    expect(plan.exact).toBe('"示 防 罚 决 2025 1 号"');
    expect(plan.alnum).toBe('2025 1');
    expect(plan.highlights[0]).toBe('示防罚决〔2025〕1号');
    expect(planQuery('ＲＦ－ＸＫ－００１').exact).toBe('"RF XK 001"');
    // A single number is found by the ranked search alone.
    expect(planQuery('99010021005').exact).toBeNull();
  });
});

describe('the address', () => {
  it('reads and writes the same state, in a fixed order', () => {
    const state = readState('?sort=date&year=2025&q=%E9%AA%8C%E6%94%B6&kind=%E6%9C%8D%E5%8A%A1%E6%8C%87%E5%8D%97&bogus=1');
    expect(state).toEqual({ q: '验收', filters: { year: '2025', kind: '服务指南' }, sort: 'date' });
    expect(decodeURIComponent(writeState(state))).toBe('?q=验收&kind=服务指南&year=2025&sort=date');
    expect(writeState({ q: ' ', filters: {}, sort: 'relevance' })).toBe('');
  });
  it('gives Pagefind filters by their Chinese names, leaving one out when asked', () => {
    const state = readState('?type=%E8%A1%8C%E6%94%BF%E8%AE%B8%E5%8F%AF&subject=X');
    expect(pagefindFilters(state)).toEqual({ 权力类型: '行政许可', 主体: 'X' });
    expect(pagefindFilters(state, 'subject')).toEqual({ 权力类型: '行政许可' });
  });
  it.each([
    { address: '?kind=x', sort: 'date' },
    { address: '?q=a', sort: 'relevance' },
    { address: '?q=a&sort=date', sort: 'date' },
  ])('sorts by date when there is nothing to rank by: $address → $sort', ({ address, sort }) => {
    expect(effectiveSort(readState(address))).toBe(sort);
  });
});

describe('combining searches', () => {
  it('keeps ranked results that every phrase search found, in ranked order', () => {
    expect(keepMatching(['a', 'b', 'c', 'd'], [['d', 'b', 'x'], ['b', 'd']])).toEqual(['b', 'd']);
    expect(keepMatching(['a', 'b'], [])).toEqual(['a', 'b']);
  });
  it('ranks pages where the phrases come earliest first, keeping only pages with every phrase', () => {
    const first = [{ id: 'a', words: [40, 41] }, { id: 'b', words: [3, 4] }, { id: 'c', words: [9, 10] }, { id: 'd', words: [3, 4] }];
    expect(rankByPosition([first])).toEqual(['b', 'd', 'c', 'a']);
    expect(rankByPosition([first, [{ id: 'a', words: [0] }, { id: 'c', words: [50] }]])).toEqual(['a', 'c']);
    expect(rankByPosition([])).toEqual([]);
  });
  it('counts filter values over results', () => {
    expect(countFilters([{ 类别: ['服务指南'], 年度: ['2025'] }, { 类别: ['服务指南'] }, { 类别: ['权力清单'] }])).toEqual({
      类别: { 服务指南: 2, 权力清单: 1 },
      年度: { 2025: 1 },
    });
  });
});

describe('excerpts', () => {
  const content = '防空地下室易地修建审批. 批准易地修建的，建设单位应当同时办理防空地下室易地建设费缴纳手续。事项编码RF-XK-002，基本编码000183002000。';
  it('shows the query where it occurs after the title, highlighted whole', () => {
    const excerpt = makeExcerpt(content.replaceAll('', '\u200b'), planQuery('防空地下室'), '防空地下室易地修建审批', 30);
    expect(excerpt).toBe('批准易地修建的，建设单位应当同时办理<mark>防空地下室</mark>易地建设费缴纳手续。');
  });
  it('is made of whole sentences around the match, not fragments of them', () => {
    const fields = '姓名周建华. 证件状态在用. 备注2026年换发新证。执法区域示例市。';
    expect(makeExcerpt(fields, planQuery('在用'), '', 20)).toBe('证件状态<mark>在用</mark>. 备注2026年换发新证。');
    const long = `${'甲'.repeat(100)}防空地下室${'乙'.repeat(100)}。`;
    expect(makeExcerpt(long, planQuery('防空地下室'), '', 30)).toMatch(/^…甲+<mark>防空地下室<\/mark>乙+…$/);
  });
  it('highlights codes as whole words only and escapes the text', () => {
    const excerpt = makeExcerpt('<b>编码 RF-XK-002 基本编码000183002000', planQuery('RF-XK-002'), '', 40);
    expect(excerpt).toBe('&#60;b&#62;编码 <mark>RF-XK-002</mark> 基本编码000183002000');
  });
  it('falls back to the dictionary words, and to nothing when the text lacks them', () => {
    expect(makeExcerpt('需要防空地下室施工图和审批表', planQuery('防空地下室审批材料'), '', 14)).toBe('需要<mark>防空地下室</mark>施工图和<mark>审批</mark>表');
    expect(makeExcerpt('无关内容', planQuery('防空'), '', 20)).toBeNull();
  });
  it('tidies Pagefind excerpts', () => {
    expect(tidyExcerpt('防\u200b护<mark>密</mark><mark>闭</mark>门')).toBe('防护<mark>密闭</mark>门');
  });
});
