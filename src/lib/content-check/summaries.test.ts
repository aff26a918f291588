import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { checkAfter, replace } from './test-tree.ts';
import { formatProblem } from './problem.ts';
import { checkSummaries } from './summaries.ts';
import { kinds } from '../../kinds/index.ts';

describe('内容概述 of the 目录', () => {
  it('asks every entry of a list without a derived summary to write one, naming file, line and field', async () => {
    const { entries } = await checkAfter({ 'content/notices/TZ-001.md': replace(/summary: .*\n/, '') }, { today: '2026-01-15' });
    expect(checkSummaries(entries, kinds).map(formatProblem)).toEqual([
      'content/notices/TZ-001.md:2 内容概述（summary） — 没有填写，信息公开目录中本条的“内容概述”将是空的 (期望 一两句话说明本条信息的主要内容（政府信息公开条例第十二条：目录包括信息的内容概述）)',
    ]);
  });

  it('needs none where the record makes it from the fields, and would without that', async () => {
    const { entries } = await checkAfter({}, { today: '2026-01-15' });
    // The fixture's 执法人员 and 建议提案 entries carry no summary: their records make one.
    expect(checkSummaries(entries, kinds)).toEqual([]);
    const files = (dropped: (typeof kinds)[keyof typeof kinds]) => checkSummaries(entries, { ...kinds, officers: dropped }).map((problem) => problem.file);
    expect(files({ ...kinds.officers, summary: undefined })).toEqual(['content/enforcement/officers/99000001.yaml']);
  });

  it('leaves single files and lists outside the 目录 alone', () => {
    const entry = { id: 'main', file: 'content/site.yaml', data: { name: '示例' } };
    const single = { schema: z.object({ name: z.string(), summary: z.string().optional() }), single: true as const };
    const noCatalogue = { schema: z.object({ name: z.string() }) };
    expect(checkSummaries({ site: [entry], x: [entry] } as never, { site: single, x: noCatalogue })).toEqual([]);
  });
});
