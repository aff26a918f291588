import { describe, expect, it } from 'vitest';
import { ARTICLE_20_ITEMS, itemNumeral, mapShapeProblems, unknownKindProblems } from './article20.ts';

const complete = ARTICLE_20_ITEMS.map((_, i) => (i === 3 ? { item: i + 1, none: '统计信息由统计部门公开' } : { item: i + 1, publishedIn: [{ kind: 'documents' }] }));

describe('the 第二十条 map', () => {
  it('has the fifteen items of the article, numbered as the article numbers them', () => {
    expect(ARTICLE_20_ITEMS).toHaveLength(15);
    expect(itemNumeral(7)).toBe('（七）');
    expect(itemNumeral(15)).toBe('（十五）');
  });

  it('accepts every item once, linked or declared absent', () => {
    expect(mapShapeProblems(complete)).toEqual([]);
  });

  it('names a missing item, a repeated one and one that is both or neither', () => {
    const items = [...complete.filter((e) => e.item !== 9), { item: 1, publishedIn: [{ kind: 'documents' }] }, { item: 9 }];
    expect(mapShapeProblems(items).map((p) => p.message)).toEqual([
      '第（一）项重复出现',
      '第（九）项应当二选一：写明公开位置（publishedIn），或写明“本机关无此类信息”的理由（none）',
    ]);
    expect(mapShapeProblems(complete.slice(2)).at(-1)!.message).toBe('缺少第二十条第（一）（二）项');
  });

  it('refuses a link to a list the site does not have, naming where', () => {
    const items = [{ item: 7, publishedIn: [{ kind: 'finance' }, { kind: 'budgets' }] }];
    expect(unknownKindProblems(items, ['finance', 'documents'])).toEqual([
      { path: ['items', 0, 'publishedIn', 1, 'kind'], message: '第（七）项链接的栏目“budgets”不存在（应为 src/kinds/index.ts 中的内容类别，如 documents）' },
    ]);
    expect(unknownKindProblems([{ item: 7, publishedIn: [{ url: 'https://ccgp.example.gov.cn' }] }], [])).toEqual([]);
  });
});
