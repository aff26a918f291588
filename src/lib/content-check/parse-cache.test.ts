// The parse cache between runs: a cached run reports exactly what a run without it reports (lines
// included, from a document parsed again on demand), and an edit between two runs is seen at once.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from './index.ts';
import { ParseCache, parsingVersion, sourceHash } from './parse-cache.ts';
import { formatProblem } from './problem.ts';
import { fixtureTree, replace, scratchDir } from './test-tree.ts';
import { kinds } from '../../kinds/index.ts';
import { minimalPdf } from '../../../tests/fixtures/personal-data/make-files.ts';

const TODAY = '2025-12-05';
const P = 'content/powers/P-001.yaml';
const BAD_DATE = 'content/powers/P-001.yaml:14 更新日期（updateDate） — 值“2025-02-30”不符合要求 (期望 真实存在的日期，格式 YYYY-MM-DD)';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function tree(edits: Parameters<typeof fixtureTree>[0] = {}) {
  const made = await fixtureTree(edits);
  const cacheDir = scratchDir('gongkai-parse-cache-');
  cleanups.push(made.cleanup, () => rm(cacheDir, { recursive: true, force: true }));
  const cacheFile = join(cacheDir, 'cache.bin');
  const check = async (cached = true) => (await checkContent(made.root, kinds, cached ? { today: TODAY, cacheFile } : { today: TODAY })).problems.map(formatProblem);
  return { root: made.root, cacheFile, check };
}

describe('content check with a parse cache', () => {
  it('reports the same lines from the cache as without it, a file that does not parse included', async () => {
    const { check, cacheFile } = await tree({
      [P]: replace('updateDate: 2025-02-03', 'updateDate: 2025-02-30'),
      'content/news/DT-001.md': replace(/^---\n/, '---\ntitle: [未闭合\n'),
    });
    const uncached = await check(false);
    expect(uncached).toContain(BAD_DATE);
    expect(uncached.some((line) => line.startsWith('content/news/DT-001.md:2 — YAML 格式错误'))).toBe(true);
    // The first cached run fills the cache; the second takes every parse from it, and its lines
    // from documents parsed on demand.
    expect(await check()).toEqual(uncached);
    expect((await ParseCache.open(cacheFile, (await parsingVersion())!)).parsed(P, 'not the hash of its bytes')).toBeUndefined();
    expect(await check()).toEqual(uncached);
  });

  it('sees a problem written into one file between two runs, and its fix', async () => {
    const { root, check } = await tree();
    expect(await check()).toEqual([]);
    const file = join(root, P);
    const good = await readFile(file, 'utf8');
    await writeFile(file, good.replace('updateDate: 2025-02-03', 'updateDate: 2025-02-30'));
    expect(await check()).toEqual([BAD_DATE]);
    await writeFile(file, good);
    expect(await check()).toEqual([]);
  });

  it('sees personal data put into an attached PDF between two runs', async () => {
    const pdf = 'content/enforcement/templates/files/t-001.pdf';
    const { root, check } = await tree({ [pdf]: minimalPdf(['行政执法文书（空白）']) });
    expect(await check()).toEqual([]);
    await writeFile(join(root, pdf), minimalPdf(['行政执法文书（空白）', '身份证 110105 1949 1231 002X']));
    expect(await check()).toEqual([
      'content/enforcement/templates/T-001.yaml:9 样本文件[1].文件（files[0].file） — 附件“files/t-001.pdf”第 2 页含未隐去的身份证号码“110*************2X”，个人信息不得公开 (期望 删除身份证号码；确需标识的，只保留前 1 位和后 1 位，如 1****************X)',
    ]);
  });

  it('scans an unchanged decision again when a name it mentions stops being public', async () => {
    const C = 'content/enforcement/penalties/C-001.yaml';
    const O = 'content/enforcement/officers/99000001.yaml';
    const { root, check } = await tree({ [C]: replace('facts: 测试违法事实。', 'facts: 经查，王小明擅自拆除密闭门。'), [O]: replace('name: 赵测试', 'name: 王小明') });
    // An officer's name is public (published with the 执法证号).
    expect(await check()).toEqual([]);
    const officer = join(root, O);
    await writeFile(officer, (await readFile(officer, 'utf8')).replace('name: 王小明', 'name: 赵测试'));
    expect(await check()).toEqual([`${C}:8 违法事实（facts） — 含未隐去的自然人姓名“王*”，个人信息不得公开 (期望 自然人只公开姓氏，如“张某”或“张*”)`]);
  });

  it('keeps the link and HTML problems of a body by its file, and sees a body edited between two runs', async () => {
    const N = 'content/news/DT-001.md';
    const { root, check, cacheFile } = await tree({ [N]: (text: string) => `${text.trimEnd()}\n\n见[通知](javascript:alert(1))。\n` });
    const uncached = await check(false);
    const unsafe = uncached.filter((line) => line.startsWith(`${N}:`) && line.includes('正文') && line.includes('javascript:'));
    expect(unsafe).toHaveLength(1);
    expect(await check()).toEqual(uncached);
    // The second run takes the body's problems from the cache, under the hash of the file's bytes.
    const kept = await ParseCache.open(cacheFile, (await parsingVersion())!);
    expect(kept.bodyChecked(N, 'not the hash of its bytes')).toBeUndefined();
    const key = sourceHash(await readFile(join(root, N)), 'news\0DT-001\0markdown');
    expect(kept.bodyChecked(N, key)?.map(formatProblem)).toEqual(unsafe);
    expect(await check()).toEqual(uncached);
    const file = join(root, N);
    await writeFile(file, (await readFile(file, 'utf8')).replace('javascript:alert(1)', '/notices/'));
    expect((await check()).filter((line) => line.includes('javascript:'))).toEqual([]);
  });

  it('starts empty when the parsing code has changed', async () => {
    const { check, cacheFile } = await tree();
    await check();
    const version = (await parsingVersion())!;
    const same = await ParseCache.open(cacheFile, version);
    const other = await ParseCache.open(cacheFile, `${version}-changed`);
    const bytes = await readFile(join(cacheFile));
    expect(bytes.length).toBeGreaterThan(0);
    // The same key finds nothing under another version of the code.
    const key = [...(same as unknown as { stored: Map<string, { hash: string }> }).stored].find(([file]) => file === P)?.[1].hash;
    expect(key).toBeDefined();
    expect(same.parsed(P, key!)).toBeDefined();
    expect(other.parsed(P, key!)).toBeUndefined();
  });
});
