import { describe, expect, it } from 'vitest';
import { checkAfter, replace, type Edits } from './test-tree.ts';
import { formatProblem } from './problem.ts';
import { checkStaleColumns, monthsBefore, newestDate } from './freshness.ts';
import { kinds } from '../../kinds/index.ts';

describe('months before a day', () => {
  it('counts calendar months, keeping the day where the month has it', () => {
    expect(monthsBefore('2026-11-30', 12)).toBe('2025-11-30');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2026-01-15', 6)).toBe('2025-07-15');
  });
});

describe('newest date of a column', () => {
  it('takes the later of 发布日期 and 更新日期, YAML dates included', () => {
    expect(newestDate([{ data: { publishDate: '2025-01-02', updateDate: '2025-03-01' } }, { data: { publishDate: new Date('2025-02-01') } }])).toBe('2025-03-01');
    expect(newestDate([{ data: { publishDate: 'not a date' } }, { data: undefined }])).toBeUndefined();
  });
});

describe('stale columns', () => {
  const column = { label: '通知', folder: 'notices', column: { name: '通知公告' } };
  it('warns only once the newest entry is older than the limit', () => {
    const entries = { notices: [{ data: { publishDate: '2025-06-05', updateDate: '2025-06-05' } }] };
    expect(checkStaleColumns(entries, { notices: column }, '2025-12-05', 6)).toEqual([]);
    expect(checkStaleColumns(entries, { notices: column }, '2025-12-06', 6).map(formatProblem)).toEqual([
      'content/notices/ — 栏目“通知公告”已超过 6 个月没有新增或更新内容（最近一次为 2025-06-05） (期望 2025-06-06 以后发布或更新的内容；政府网站检查把长期不更新的栏目计为问题)',
    ]);
  });
});

/** What `npm run check` reports for a site on a day: the content check and the stale columns. */
async function checkOn(edits: Edits, today: string): Promise<string[]> {
  const { problems, entries } = await checkAfter(edits, { today });
  const months = (entries.site?.[0]?.data as { staleAfterMonths?: number }).staleAfterMonths;
  return [...problems, ...checkStaleColumns(entries, kinds, today, months)].map(formatProblem);
}

describe('the content check on a site with a stale and an empty column', () => {
  it('warns naming both columns, and no other', async () => {
    // 工作动态 and 收费目录 emptied; 6 months before 2025-12-05 leaves 清理结果 (2025-06-10) fresh and 政策解读 (2025-02-01) stale.
    const lines = await checkOn({
      'content/site.yaml': replace('region: 测试市\n', 'region: 测试市\nstaleAfterMonths: 6\n'),
      'content/news/DT-001.md': null,
      'content/fees/SF-001.yaml': null,
    }, '2025-12-05');
    expect(lines).toContain('content/interpretations/ — 栏目“政策解读”已超过 6 个月没有新增或更新内容（最近一次为 2025-02-01） (期望 2025-06-05 以后发布或更新的内容；政府网站检查把长期不更新的栏目计为问题)');
    expect(lines.filter((line) => line.startsWith('content/news/'))).toEqual(['content/news/ — 栏目“工作动态”没有任何内容 (期望 至少一条；政府网站检查把空栏目计为问题)']);
    // Both warnings name the column as readers see it (收费目录), not the name of one entry's kind (收费项目).
    expect(lines.filter((line) => line.startsWith('content/fees/'))).toEqual(['content/fees/ — 栏目“收费目录”没有任何内容 (期望 至少一条；政府网站检查把空栏目计为问题)']);
    expect(lines.filter((line) => line.startsWith('content/cleanups/'))).toEqual([]);
  });

  it('says nothing while every column is within the default 12 months', async () => {
    expect((await checkOn({}, '2025-12-05')).filter((line) => line.includes('没有新增') || line.includes('没有任何内容'))).toEqual([]);
  });
});
