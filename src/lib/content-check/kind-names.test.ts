// The 第二十条 map links lists by kind key (x-kind): the check refuses a key the site has no kind for.
import { describe, expect, it } from 'vitest';
import { checkContent } from './index.ts';
import { fixtureTree, replace } from './test-tree.ts';
import { formatProblem } from './problem.ts';
import { article20Schema } from '../../schemas/article20.ts';
import type { CheckKinds } from './kinds.ts';

// Only the map and one list: the check is given whatever kinds a site has.
const kinds: CheckKinds = {
  article20: { label: '主动公开事项对照', folder: 'article20.yaml', format: 'yaml', single: true, schema: article20Schema },
  finance: { label: '财政预决算', folder: 'finance', format: 'yaml', schema: article20Schema },
  // A single entry with no page of its own.
  holidays: { label: '节假日安排', folder: 'holidays.yaml', format: 'yaml', single: true, schema: article20Schema },
};

async function mapProblems(edit: (text: string) => string): Promise<string[]> {
  const tree = await fixtureTree({ 'content/article20.yaml': edit });
  try {
    const { problems } = await checkContent(tree.root, kinds, { today: '2026-01-15' });
    return problems.filter((p) => p.file === 'content/article20.yaml').map(formatProblem);
  } finally {
    await tree.cleanup();
  }
}

describe('links of the 第二十条 map', () => {
  it('accepts a kind the site has', async () => {
    expect((await mapProblems(replace(/kind: \w+/g, 'kind: finance'))).filter((line) => line.includes('本站栏目'))).toEqual([]);
  });

  it('refuses a kind the site does not have, naming the line and the kinds there are', async () => {
    const lines = await mapProblems((text) => replace(/kind: \w+/g, 'kind: finance')(text).replace('publishedIn: [{ kind: finance }]\n  - item: 8', 'publishedIn: [{ kind: budgets }]\n  - item: 8'));
    expect(lines).toEqual([
      'content/article20.yaml:18 第二十条各项[7].公开位置[1].本站栏目（items[6].publishedIn[0].kind） — 栏目“budgets”不存在 (期望 以下内容类别之一：finance（财政预决算）)',
    ]);
  });

  it('refuses a single entry that has no page of its own (the map page would have nowhere to link)', async () => {
    const lines = await mapProblems((text) => replace(/kind: \w+/g, 'kind: finance')(text).replace('publishedIn: [{ kind: finance }]\n  - item: 8', 'publishedIn: [{ kind: holidays }]\n  - item: 8'));
    expect(lines).toEqual([
      'content/article20.yaml:18 第二十条各项[7].公开位置[1].本站栏目（items[6].publishedIn[0].kind） — 栏目“holidays”（节假日安排）没有自己的页面，不能作为公开位置 (期望 以下内容类别之一：finance（财政预决算）)',
    ]);
  });
});
