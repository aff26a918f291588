// The schemas of policy documents, interpretations, clean-ups and the industry registry on the
// minimal fixture, with the build's "today" set through GONGKAI_TODAY as a build would.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkContent } from '../lib/content-check/index.ts';
import { kinds } from '../kinds/index.ts';
import { formatProblem } from '../lib/content-check/problem.ts';
import { fixtureTree, replace, type Edits } from '../lib/content-check/test-tree.ts';

async function problemsOn(today: string, edits: Edits): Promise<string[]> {
  vi.stubEnv('GONGKAI_TODAY', today);
  const tree = await fixtureTree(edits);
  try {
    return (await checkContent(tree.root, kinds)).problems.map(formatProblem);
  } finally {
    await tree.cleanup();
  }
}


afterEach(() => {
  vi.unstubAllEnvs();
});

const DOC = 'content/documents/D-001.md';

describe('policy documents', () => {
  it('need no edit when 有效期至 has passed: the lapse is computed, not typed', async () => {
    expect(await problemsOn('2030-03-01', {})).toEqual([]);
  });

  it('refuse an impossible 有效期至 with its own line, not a crash of the validity rules', async () => {
    const lines = await problemsOn('2026-01-01', { [DOC]: replace(/validUntil: .*/, 'validUntil: 2029-2-3') });
    expect(lines).toEqual([expect.stringMatching(/^content\/documents\/D-001\.md:\d+ 有效期至（validUntil） — 值“2029-2-3”不符合要求/)]);
  });

  it('refuse a repeal dated after the build’s today', async () => {
    const repealed = replace('  status: 有效', '  status: 废止\n  date: 2026-01-01');
    expect(await problemsOn('2026-01-01', { [DOC]: repealed })).toEqual([]);
    expect(await problemsOn('2025-12-31', { [DOC]: repealed })).toEqual([
      'content/documents/D-001.md:12 有效性.变更日期（validity.date） — 有效性登记为“废止”，但变更日期 2026-01-01 晚于今天 2025-12-31，按日期本文件今天仍然有效（请到该日再登记，或改回“有效”）',
    ]);
  });

  it('refuse a lapse recorded later than the day after 有效期至', async () => {
    expect(await problemsOn('2031-01-01', { [DOC]: replace('  status: 有效', '  status: 失效\n  date: 2030-06-01') })).toEqual([
      'content/documents/D-001.md:12 有效性.变更日期（validity.date） — 有效期至 2030-02-28，文件已于 2030-03-01 失效，失效日期不能晚于 2030-03-01',
    ]);
  });

  it('need the replacing document of a revision, and it must exist', async () => {
    expect(await problemsOn('2026-01-01', { [DOC]: replace('  status: 有效', '  status: 已修订\n  date: 2025-12-01') })).toEqual([
      'content/documents/D-001.md:10 有效性.替代文件（validity.replacedBy） — 有效性为“已修订”时必须填写修订后的文件编码',
    ]);
    expect(await problemsOn('2026-01-01', { [DOC]: replace('  status: 有效', '  status: 已修订\n  date: 2025-12-01\n  replacedBy: D-404') })).toEqual([
      'content/documents/D-001.md:13 有效性.替代文件（validity.replacedBy） — 引用的政策文件“D-404”不存在 (期望 content/documents/ 中已有条目的编码)',
    ]);
  });

  it('need a 文号 with 〔〕 whose year is the year written', async () => {
    expect(await problemsOn('2026-01-01', { [DOC]: replace('docNo: 测防办规〔2025〕1号', 'docNo: 测防办规[2025]1号') })).toEqual([
      'content/documents/D-001.md:5 文号（docNo） — 值“测防办规[2025]1号”不符合要求 (期望 文号，年份用六角括号〔〕，如 示防办规〔2025〕1号)',
    ]);
    expect(await problemsOn('2026-01-01', { [DOC]: replace('docNo: 测防办规〔2025〕1号', 'docNo: 测防办规〔2024〕1号') })).toEqual([
      'content/documents/D-001.md:5 文号（docNo） — 文号中的年份应为成文年份 2025',
    ]);
    expect(await problemsOn('2026-01-01', { [DOC]: replace('docNo: 测防办规〔2025〕1号\n', '') })).toEqual([
      'content/documents/D-001.md:2 文号（docNo） — 行政规范性文件必须有文号',
    ]);
  });
});

describe('interpretations, clean-ups and the registry', () => {
  it('refuse an interpretation of a document that does not exist', async () => {
    expect(await problemsOn('2026-01-01', { 'content/interpretations/J-001.md': replace('document: D-001', 'document: D-404') })).toEqual([
      'content/interpretations/J-001.md:4 解读的文件（document） — 引用的政策文件“D-404”不存在 (期望 content/documents/ 中已有条目的编码)',
    ]);
  });

  it('refuse a clean-up listing a document twice', async () => {
    expect(await problemsOn('2026-01-01', { 'content/cleanups/Q-001.md': replace('documents: [D-001]', 'documents: [D-001, D-001]') })).toEqual([
      'content/cleanups/Q-001.md:7 清理的文件[2]（documents[1]） — 文件“D-001”列了两次',
    ]);
  });

  it('check credit codes and the date of a suspension', async () => {
    const file = 'content/registry/91990100MA01RF0D3L.yaml';
    expect(await problemsOn('2026-01-01', { [file]: replace('creditCode: 91990100MA01RF0D3L', 'creditCode: 91990100MA01RF0D3M') })).toEqual([
      'content/registry/91990100MA01RF0D3L.yaml:1 统一社会信用代码（creditCode） — 与文件名“91990100MA01RF0D3L”不一致 (期望 文件名与该字段相同：91990100MA01RF0D3M)',
      'content/registry/91990100MA01RF0D3L.yaml:1 统一社会信用代码（creditCode） — 值“91990100MA01RF0D3M”不符合要求 (期望 18 位统一社会信用代码且校验位正确)',
    ]);
    expect(await problemsOn('2026-01-01', { [file]: replace('    status: 有效', '    status: 暂停') })).toEqual([
      'content/registry/91990100MA01RF0D3L.yaml:4 资质[1].状态变更日期（qualifications[0].statusDate） — 登记状态为“暂停”时必须填写状态变更日期',
    ]);
  });
});
