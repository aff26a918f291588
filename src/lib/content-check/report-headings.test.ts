import { describe, expect, it } from 'vitest';
import { problemsAfter } from './test-tree.ts';

const REPORT = 'content/reports/R-2024.md';
const body = (markdown: string) => (text: string) => text.replace(/\n---\n[\s\S]*$/, `\n---\n${markdown}`);

describe('report headings in the content check', () => {
  it('passes headings that follow the numbering', async () => {
    expect(await problemsAfter({ [REPORT]: body('## 一、主要举措\n\n### （一）强化保障\n\n#### 1. 建章立制\n\n正文。\n') })).toEqual([]);
  });

  it('names the line of a level-one heading and of a skipped level, as the report page would refuse them', async () => {
    expect(await problemsAfter({ [REPORT]: body('# 一、主要举措\n\n测试。\n\n## 二、下一步\n\n#### 小结\n') })).toEqual([
      'content/reports/R-2024.md:13 正文 — 标题“一、主要举措”：正文不能使用一级标题（#），报告标题已是一级标题；应为 ## (期望 按编号逐级：“一、”开头的标题用 ##，其下的“（一）”用 ###、“1.”用 ####（没有上一级编号时提高一级，如没有“一、”的报告“（一）”用 ##），不跳级)',
      'content/reports/R-2024.md:19 正文 — 标题“小结”：标题层级从 2 级跳到 4 级，中间不能跳级 (期望 按编号逐级：“一、”开头的标题用 ##，其下的“（一）”用 ###、“1.”用 ####（没有上一级编号时提高一级，如没有“一、”的报告“（一）”用 ##），不跳级)',
    ]);
  });
});
