// `npm run check` as staff and the publish step run it: a site with a stale and an empty column
// passes with two 提醒, and `--strict` (before publishing) fails on them with exit code 1. The
// script checks the content/ of the folder it runs in, so it runs in a copy of the minimal fixture.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureTree, replace } from '../src/lib/content-check/test-tree.ts';

const SCRIPT = fileURLToPath(new URL('./check-content.ts', import.meta.url));
const STALE = 'content/interpretations/ — 栏目“政策解读”已超过 6 个月没有新增或更新内容（最近一次为 2025-02-01）';
const EMPTY = 'content/news/ — 栏目“工作动态”没有任何内容';

let tree: Awaited<ReturnType<typeof fixtureTree>>;

beforeAll(async () => {
  // 工作动态 emptied; with a 6-month limit on 2025-12-05, 政策解读 (last entry 2025-02-01) is stale.
  tree = await fixtureTree({
    'content/site.yaml': replace('region: 测试市\n', 'region: 测试市\nstaleAfterMonths: 6\n'),
    'content/news/DT-001.md': null,
  });
});
afterAll(() => tree?.cleanup());

/** The script's exit code and what it printed (problems go to stderr, the verdict to either). */
async function check(...args: string[]): Promise<{ code: number; output: string }> {
  const env = { ...process.env, GONGKAI_TODAY: '2025-12-05' };
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [SCRIPT, ...args], { cwd: tree.root, env });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

// Each run starts Node and reads the whole fixture: seconds on a busy machine.
describe('npm run check on a site with a stale and an empty column', () => {
  it('passes, listing both as 提醒', async () => {
    const { code, output } = await check();
    expect(output).toContain(`提醒：${STALE}`);
    expect(output).toContain(`提醒：${EMPTY}`);
    expect(output).toContain('内容检查通过');
    expect(code).toBe(0);
  });

  it('fails with --strict, listing both as problems', async () => {
    const { code, output } = await check('--strict');
    const lines = output.split('\n');
    expect(lines.some((line) => line.startsWith(STALE))).toBe(true);
    expect(lines.some((line) => line.startsWith(EMPTY))).toBe(true);
    expect(output).toContain('内容检查未通过');
    expect(output).not.toContain('提醒：');
    expect(code).toBe(1);
  });
});
