import { describe, expect, it } from 'vitest';
import { problemsAfter, replace } from './test-tree.ts';

const LIMIT = '有 40001 个字符，超过开放数据表格（Excel）一个单元格的上限 32767 个字符 (期望 缩短此字段；长篇内容写在正文中，或作为附件（如 PDF）上传)';

describe('values too long for a spreadsheet cell', () => {
  it('names the field of a long value in the main table and in a list of records', async () => {
    const long = '长'.repeat(40_001);
    expect(
      await problemsAfter({
        'content/powers/P-001.yaml': replace('summary: 测试审批的行使依据、实施主体和办理时限。', `summary: ${long}`),
        'content/services/S-001.md': replace('    description: 窗口受理。', `    description: ${long}`),
      }),
    ).toEqual([`content/powers/P-001.yaml:15 内容概述（summary） — ${LIMIT}`, `content/services/S-001.md:24 办理流程[1].办理内容与标准（steps[0].description） — ${LIMIT}`]);
  });

  it('counts a list of short items joined into one cell', async () => {
    const items = Array.from({ length: 4_000 }, () => '  - 符合条件十个字符了').join('\n');
    const lines = await problemsAfter({ 'content/services/S-001.md': replace('  - 符合条件', items.slice(2)) });
    expect(lines).toEqual([expect.stringMatching(/^content\/services\/S-001\.md:\d+ 受理条件（conditions） — 有 \d+ 个字符，超过/)]);
  });
});
