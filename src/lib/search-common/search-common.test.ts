import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { planQuery } from '../search-query.ts';
import type { RankRules } from '../search-rank.ts';
import { commonPhraseFiles, FIRST_PAGE, phraseChoice, slimPage, type IndexedPage } from './build.ts';
import { parseFragment, type FragmentData } from './format.ts';
import { commonPhraseOf } from './key.ts';
import { readPageOrder } from './page-order.ts';
import { chooseCommonPhrases, scanPhrases, titlePhrases, wordString } from './phrases.ts';
import { resultView } from './view.ts';

const fixture = (name: string) => gunzipSync(readFileSync(new URL(`fixtures/${name}`, import.meta.url)));

/** Text as Pagefind stores it: one word per Chinese character, whitespace kept on the word before it, words joined by U+200B. */
function pagefindText(text: string): string {
  return (text.match(/\p{Script=Han}\s*|[^\p{Script=Han}\s]+\s*|\s+/gu) ?? []).join('\u200b');
}

function page(id: string, title: string, body: string, meta: Record<string, string> = {}, filters: Record<string, string[]> = {}): IndexedPage {
  return { id, data: { url: `/${id}/`, content: pagefindText(`${title}. ${body}`), meta: { title: pagefindText(title), ...meta }, filters } };
}

describe('Pagefind files', () => {
  it('reads the page order from a real pf_meta file', () => {
    const ids = readPageOrder(fixture('sample.pf_meta'));
    expect(ids).toHaveLength(212);
    expect(ids.slice(0, 2)).toEqual(['zh-cn_ca424ef', 'zh-cn_17d7c2b']);
    expect(ids.every((id) => /^zh-cn_[0-9a-f]{7}$/.test(id))).toBe(true);
  });

  it('says which file is not Pagefind metadata', () => {
    expect(() => readPageOrder(new TextEncoder().encode('{"pages":[]}'), 'dist/pagefind/x.pf_meta')).toThrow('dist/pagefind/x.pf_meta：不是 Pagefind 元数据文件');
    const truncated = fixture('sample.pf_meta').subarray(0, 40);
    expect(() => readPageOrder(truncated, 'x.pf_meta')).toThrow(/^x\.pf_meta：(无法读取 Pagefind 元数据|Pagefind 元数据的第二项应为页面列表)/);
  });

  it('reads a real fragment', () => {
    const data = parseFragment(fixture('zh-cn_17d7c2b.pf_fragment').toString('utf8'));
    expect(data.url).toBe('/services/RF-ZS-001-01/');
    expect(data.meta.title?.replaceAll('\u200b', '')).toBe('防空地下室易地建设费缴纳');
    expect(data.filters['类别']).toEqual(['服务指南']);
    expect(wordString(data.content).indexOf('防空地下室')).toBe(0);
    expect(() => parseFragment('{"url":"/"}', 'a.pf_fragment')).toThrow('a.pf_fragment：不是 Pagefind 片段文件');
    expect(() => parseFragment('pagefind_dcd{"url":"/"', 'b.pf_fragment')).toThrow('b.pf_fragment：Pagefind 片段不是完整的 JSON');
  });
});

describe('phrases in pages', () => {
  it('finds a phrase across whitespace but not across punctuation, at its first word', () => {
    expect(wordString(pagefindText('防空 地下室'))).toBe('防空地下室');
    const words = wordString(pagefindText('共 12 项。防空，地下室；防空地下室'));
    // 共␠ 12␠ 项 。 防 空 ， 地 下 室 ； 防 …: the phrase starts at the twelfth word.
    expect(words.indexOf('防空地下室')).toBe(11);
    expect(words.indexOf('空地')).toBe(12);
    expect(words.includes('防空，')).toBe(false);
  });

  it('reports each page once, where the phrase first occurs', () => {
    const hits: [number, number, number][] = [];
    scanPhrases(['甲防空乙防空', '无', '防空地下室'], ['防空', '地下室'], (phrase, page, at) => hits.push([phrase, page, at]));
    expect(hits).toEqual([[0, 0, 1], [0, 2, 0], [1, 2, 2]]);
    expect(() => scanPhrases([], ['A1'], () => undefined)).toThrow('不能预先计算的检索词：“A1”');
  });

  it('takes phrases from titles: words alone and together', () => {
    const phrases = titlePhrases('防空地下室易地建设费缴纳（示例区）');
    expect(phrases).toEqual(expect.arrayContaining(['防空地下室', '地下室', '防空']));
    expect(phrases.every((phrase) => phrase.length >= 2)).toBe(true);
  });

  it('keeps phrases on enough pages, most pages first', () => {
    const pages = ['防空地下室', '地下室', '地下室', '防空'].map((text) => wordString(pagefindText(text)));
    expect(chooseCommonPhrases(['防空地下室'], pages, { minPages: 2, maxPhrases: 10 })).toEqual(['地下室', '防空']);
    expect(chooseCommonPhrases(['防空地下室'], pages, { minPages: 2, maxPhrases: 1 })).toEqual(['地下室']);
  });
});

describe('precomputed lists', () => {
  /** The standing of the kinds these pages belong to, as the kind records might declare it. */
  const RULES: RankRules = { kinds: { services: { weight: 3 }, powers: { weight: -1 } }, officeNames: ['示例市'] };
  it('leaves small sites to Pagefind', async () => {
    expect(phraseChoice(2000)).toBeNull();
    expect(phraseChoice(10_000)).toEqual({ minPages: 1000, maxPhrases: 200 });
    const pages = Array.from({ length: 300 }, (_, i) => page(`p${i}`, '防空地下室审批', '正文'));
    await expect(commonPhraseFiles(pages, RULES)).resolves.toEqual([]);
  });

  it('orders like the search page: where the phrase occurs, then what the page is, ties in index order', async () => {
    const pages: IndexedPage[] = [];
    for (let i = 0; i < 2100; i += 1) pages.push(page(`d${i}`, `处罚决定${i}`, i % 2 === 0 ? '未修建防空地下室。' : '其他事项。', { 类别: '执法公示' }, { 类别: ['执法公示'] }));
    pages.push(page('power', '防空地下室易地建设费征收', '权力事项。', { 类别: '权力清单', kind: 'powers' }, { 类别: ['权力清单'] }));
    pages.push(page('guide', '防空地下室易地建设费缴纳', '办理要点。', { 类别: '服务指南', kind: 'services' }, { 类别: ['服务指南'] }));
    pages.push(page('old', '防空地下室管理办法', '已废止。', { 类别: '政策文件', date: '2020-01-02' }, { 类别: ['政策文件'], 有效性: ['已废止'] }));
    const files = await commonPhraseFiles(pages, RULES, { minPages: 1000, maxPhrases: 20 });
    const list = files.find((candidate) => candidate.file.phrase === '防空地下室');
    expect(list).toBeDefined();
    if (!list) return;
    const { file } = list;
    expect(file.total).toBe(1050 + 3);
    expect(file.counts).toEqual({ 类别: { 执法公示: 1050, 服务指南: 1, 权力清单: 1, 政策文件: 1 }, 有效性: { 已废止: 1 } });
    // Titles first, the guide moved before the power it implements (which comes first in the
    // index), the repealed document last of them; then bodies in index order.
    expect(file.first.map((view) => view.url).slice(0, 5)).toEqual(['/guide/', '/power/', '/old/', '/d0/', '/d2/']);
    expect(file.first).toHaveLength(FIRST_PAGE);
    expect(list.rest).toHaveLength(file.total - FIRST_PAGE);
    expect(list.rest.at(-1)).toBe('d2098');
    expect(file.first[0]).toEqual({ url: '/guide/', title: '防空地下室易地建设费缴纳', kind: '服务指南', excerpt: '<mark>防空地下室</mark>易地建设费缴纳. 办理要点。' });
  });

  it('lists the pages of a phrase’s other spellings after its own, as the search page finds them', async () => {
    const pages: IndexedPage[] = [];
    for (let i = 0; i < 2100; i += 1) pages.push(page(`p${i}`, i % 2 === 0 ? `人防工程维护${i}` : `人民防空工程维护${i}`, '正文。'));
    const files = await commonPhraseFiles(pages, RULES, { minPages: 1000, maxPhrases: 20 });
    const list = files.find((candidate) => candidate.file.phrase === '人防工程');
    expect(list?.file.total).toBe(2100);
    expect(list?.file.first.slice(0, 2).map((view) => view.url)).toEqual(['/p0/', '/p2/']);
    expect(list?.rest.at(-1)).toBe('p2099');
  });

  it('finds every page holding a phrase, also inside longer phrases, at 10,000 pages, from pages kept without their text', async () => {
    const pages: IndexedPage[] = [];
    const bodies = ['新建防空地下室的竣工验收', '结合民用建筑修建地下室', '工程已竣工，待验收', '防空 地下室竣工', '无关内容', '地下，室外'];
    for (let i = 0; i < 10_000; i += 1) {
      const body = bodies[i % bodies.length] ?? '';
      pages.push(page(`p${i}`, i % 3 === 0 ? `人防工程竣工验收备案${i}` : `防空地下室易地建设费${i}`, body));
    }
    const files = await commonPhraseFiles(pages.map((candidate) => slimPage(candidate.id, candidate.data)), RULES, undefined, async (slim) => {
      const full = pages.find((candidate) => candidate.id === slim.id);
      if (!full) throw new Error(slim.id);
      return full.data;
    });
    for (const phrase of ['地下室', '防空地下室', '竣工', '竣工验收']) {
      const list = files.find((candidate) => candidate.file.phrase === phrase);
      expect(list, phrase).toBeDefined();
      if (!list) continue;
      const { file } = list;
      const listed = new Set([...file.first.map((view) => view.url.slice(1, -1)), ...list.rest]);
      const holding = pages.filter((candidate) => candidate.data.content.replaceAll('\u200b', '').replace(/\s/g, '').includes(phrase)).map((candidate) => candidate.id);
      expect(listed.size, phrase).toBe(file.total);
      expect([...listed].sort(), phrase).toEqual(holding.sort());
    }
  });
});

describe('the search page', () => {
  it('answers from a list only a run of Chinese characters, unfiltered, by relevance', () => {
    expect(commonPhraseOf(planQuery('防空地下室'), false, 'relevance')).toBe('防空地下室');
    expect(commonPhraseOf(planQuery(' 防空地下室 '), false, 'relevance')).toBe('防空地下室');
    expect(commonPhraseOf(planQuery('防空地下室'), true, 'relevance')).toBeNull();
    expect(commonPhraseOf(planQuery('防空地下室'), false, 'date')).toBeNull();
    expect(commonPhraseOf(planQuery('防空 地下室'), false, 'relevance')).toBeNull();
    expect(commonPhraseOf(planQuery('示防罚决〔2026〕1号'), false, 'relevance')).toBeNull();
    expect(commonPhraseOf(planQuery('人防'), false, 'relevance')).toBe('人防');
  });

  it('shows a fragment like a Pagefind result', () => {
    const data: FragmentData = { url: '/a/', content: pagefindText('标题. 这是防空地下室的说明。'), meta: { title: pagefindText('标题'), date: '0000-00-00' }, filters: { 有效性: ['已修改'] } };
    expect(resultView(data, planQuery('防空地下室'))).toEqual({ url: '/a/', title: '标题', validity: '已修改', excerpt: '标题. 这是<mark>防空地下室</mark>的说明。' });
    expect(resultView(data, planQuery('密闭门')).excerpt).toBe('标题. 这是防空地下室的说明。');
    expect(resultView(data, planQuery('密闭门'), '<mark>标</mark>\u200b题').excerpt).toBe('<mark>标</mark>题');
  });
});
