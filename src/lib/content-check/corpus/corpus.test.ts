// The bad-content corpus: every `*.cases.ts` file beside this one, each case applied to a fresh copy
// of the minimal fixture and put through the build's own gate, the astro:config:setup hook of
// src/integrations/content-check.ts. A refused case must stop that hook (so `astro build` writes no
// page and the atomic build leaves dist/ as it was) with exactly the lines the case states; an
// accepted case must pass it. A case that makes the check throw fails with its name.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { CorpusCase } from './case.ts';
import { fixtureTree, MINIMAL_FIXTURE, type Edits } from '../test-tree.ts';
import { parse, stringify } from 'yaml';
import { ALIAS_BOMB } from './gate.cases.ts';
import { formatProblem, type Problem } from '../problem.ts';
import { checkedContent } from '../../../integrations/checked-content.ts';
import contentCheck, { ContentCheckError } from '../../../integrations/content-check.ts';

const here = dirname(fileURLToPath(import.meta.url));
const caseFiles = readdirSync(here)
  .filter((name) => name.endsWith('.cases.ts'))
  .sort();
const suites = await Promise.all(
  caseFiles.map(async (name) => {
    const module = (await import(/* @vite-ignore */ pathToFileURL(join(here, name)).href)) as { cases?: CorpusCase[] };
    if (!Array.isArray(module.cases)) throw new Error(`${name} does not export \`cases: CorpusCase[]\``);
    return { name, cases: module.cases };
  }),
);

interface GateResult {
  /** Every line of the check, errors and warnings, in the check's order. */
  lines: string[];
  /** The lines of error-level problems: any one of them stops the build. */
  errors: string[];
  /** What the build's gate did: threw its refusal (with these lines), or let the build go on. */
  refusal?: string;
  warned: string[];
}

/** The build's gate on the tree: the integration's hook, exactly as `astro build` calls it. */
async function runGate(root: string): Promise<GateResult> {
  const hook = contentCheck().hooks['astro:config:setup'];
  if (!hook) throw new Error('the content-check integration has no astro:config:setup hook');
  const warned: string[] = [];
  const logger = { info: () => {}, warn: (message: string) => warned.push(message), error: () => {}, debug: () => {} };
  let refusal: string | undefined;
  try {
    await hook({ config: { root: pathToFileURL(`${root}/`) }, command: 'build', logger } as unknown as Parameters<typeof hook>[0]);
  } catch (error) {
    if (!(error instanceof ContentCheckError)) throw error;
    refusal = error.message;
  }
  // The hook ran the check and kept its result for the build's later steps: read that same result.
  const { problems } = await checkedContent(root);
  return { lines: problems.map(formatProblem), errors: problems.filter(isError).map(formatProblem), refusal, warned };
}

const isError = (problem: Problem) => problem.severity !== 'warning';
const tally = { cases: 0, refused: 0, accepted: 0, crashed: 0, leaked: 0, files: caseFiles.length };

describe('bad-content corpus', () => {
  afterAll(() => {
    // The figures for the note; they count what happened, not what was expected.
    console.log(
      `坏内容语料：${tally.files} 个文件，${tally.cases} 个案例；被拒绝 ${tally.refused}（每条问题行都指明文件），安全接受 ${tally.accepted}，进入 dist/ ${tally.leaked}，检查程序崩溃 ${tally.crashed}`,
    );
  });

  for (const suite of suites) {
    describe(suite.name, () => {
      it('has cases with distinct names', () => {
        const names = suite.cases.map((item) => item.name);
        expect(names.length).toBeGreaterThan(0);
        expect(new Set(names).size).toBe(names.length);
      });

      for (const item of suite.cases) {
        it(item.name, async () => {
          tally.cases++;
          let result: GateResult;
          const tree = await fixtureTree(item.edits, item.setup);
          try {
            result = await runGate(tree.root);
          } catch (error) {
            tally.crashed++;
            throw new Error(`“${item.name}”使内容检查抛出异常，而不是给出问题行：${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
          } finally {
            await tree.cleanup();
          }
          const { errors } = result;
          if ('refused' in item) {
            if (result.refusal === undefined) tally.leaked++;
            expect(result.lines).toEqual(item.refused);
            // The build stops with every error line in its message: nothing of this tree is published.
            expect(result.refusal).toBeDefined();
            for (const line of errors) expect(result.refusal).toContain(line);
            // No case passes by the check tripping over itself (see guard.ts).
            expect(result.lines.filter((line) => line.includes('程序出错'))).toEqual([]);
            tally.refused++;
          } else {
            expect(item.acceptedBecause.length).toBeGreaterThan(10);
            expect(errors).toEqual([]);
            expect(result.refusal).toBeUndefined();
            tally.accepted++;
          }
        });
      }
    });
  }
});

describe('GONGKAI_TODAY that is not a real date', () => {
  it('stops the build with one line and no stack', async () => {
    const tree = await fixtureTree();
    vi.stubEnv('GONGKAI_TODAY', '2026-02-30');
    try {
      const result = await runGate(tree.root);
      expect(result.lines).toEqual(['环境变量 GONGKAI_TODAY — 值“2026-02-30”不是真实存在的日期 (期望 YYYY-MM-DD 格式的真实日期，如 2026-12-31；或不设置，按北京时间的今天)']);
      expect(result.refusal).toBe(`内容检查未通过，共 1 个问题，本次构建不发布任何页面：\n${result.lines[0]}`);
    } finally {
      vi.unstubAllEnvs();
      await tree.cleanup();
    }
  });

  it('npm run check prints that line, and lines for files that once crashed it, without a stack trace', async () => {
    const script = fileURLToPath(new URL('../../../../scripts/check-content.ts', import.meta.url));
    const tree = await fixtureTree({
      'content/services/S-001.md': '---\ntitle: 只有标题\n---\n',
      'content/powers/P-001.yaml': ALIAS_BOMB,
    });
    try {
      const run = (env: Record<string, string>) => spawnSync(process.execPath, [script], { cwd: tree.root, encoding: 'utf8', env: { ...process.env, ...env } });
      const wrongDay = run({ GONGKAI_TODAY: 'tomorrow' });
      expect([wrongDay.status, wrongDay.stdout, wrongDay.stderr]).toEqual([
        1,
        '',
        '环境变量 GONGKAI_TODAY — 值“tomorrow”不是 YYYY-MM-DD 格式的日期 (期望 YYYY-MM-DD 格式的真实日期，如 2026-12-31；或不设置，按北京时间的今天)\n\n内容检查未进行：先改正或删除环境变量 GONGKAI_TODAY\n',
      ]);
      const badFiles = run({ GONGKAI_TODAY: '2026-06-30' });
      expect(badFiles.status).toBe(1);
      // Columns the fixture has not updated since mid-2025 are stale by then: those reminders are the
      // freshness check's own (freshness.test.ts); here only the lines of the bad files count.
      const stale = (line: string) => line.startsWith('提醒：') && line.includes('没有新增或更新内容');
      expect(badFiles.stderr.split('\n').filter((line) => !stale(line))).toEqual([
        'content/powers/P-001.yaml:3 — YAML 别名（*）展开后内容过多，疑似“别名炸弹” (期望 不使用锚点（&）和别名（*），把内容直接写出来)',
        'content/services/S-001.md:2 title — 未定义的字段“title” (期望 只使用本类内容定义的字段，请检查拼写)',
        'content/services/S-001.md:2 — 缺少 24 个必填字段：实施编码（code）、基本编码（basicCode）、事项名称（name）、事项类型（type）、对应权力事项（power）、实施主体（implementer）、承办机构（department）、行使层级（level）、服务对象（targets）、受理条件（conditions）、申请材料（materials）、办理流程（steps）、法定办结时限（legalLimit）、承诺办结时限（promisedLimit）、收费（fee）、到办事现场次数（visits）、办理地点（place）、办理时间（hours）、咨询电话（consultPhone）、监督投诉电话（complaintPhone）、审批结果（result）、索引号（indexNo）、发布日期（publishDate）、更新日期（updateDate） (期望 按 npm run new -- services 生成的文件填写各字段)',
        '',
        expect.stringMatching(/^内容检查未通过：3 个问题（共检查 \d+ 个文件，用时 [\d.]+ 秒(，另有 \d+ 条提醒)?）$/),
        '',
      ]);
      expect(badFiles.stderr).not.toMatch(/\n\s+at |TypeError|ReferenceError/);
    } finally {
      await tree.cleanup();
    }
  });
});

/** Every entry file of the minimal fixture, relative to its root. */
const fixtureEntries = readdirSync(MINIMAL_FIXTURE, { recursive: true, encoding: 'utf8' })
  .filter((path) => /\.(ya?ml|md)$/.test(path))
  .map((path) => path.split('\\').join('/'))
  .sort();

/** The file with its YAML data (the whole file, or a Markdown file's front matter) replaced by `change(data)`. */
function editYaml(path: string, change: (data: Record<string, unknown>) => unknown): string {
  const text = readFileSync(join(MINIMAL_FIXTURE, path), 'utf8');
  const [, front, body] = path.endsWith('.md') ? (/^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? []) : [undefined, text, undefined];
  const yaml = stringify(change(parse(front ?? '') as Record<string, unknown>));
  return body === undefined ? yaml : `---\n${yaml}---\n${body}`;
}

/** Every value that is not a list or a map replaced by `shape`. */
function replaceLeaves(value: unknown, shape: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => replaceLeaves(item, shape));
  if (value && typeof value === 'object' && !(value instanceof Date)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, replaceLeaves(item, shape)]));
  return shape;
}

// Values nobody would write on purpose, in every place at once: each rule sees them before (or
// without) the schema having judged them, and none may throw or report itself as crashed.
const SHAPES: [string, unknown][] = [
  ['an empty list', []],
  ['an empty map', {}],
  ['a nested map', { a: { b: ['c'] } }],
  ['a number', -1.5],
  ['true', true],
  ['null', null],
  ['an empty text', ''],
  ['a date that does not exist', '2025-02-30'],
  ['a long text', '长'.repeat(5000)],
  ['lists in lists', [[['深']]]],
];

describe('values of every shape in every field never crash the check', () => {
  const lineFile = (line: string) => /^(\S+?)(?::\d+)? /.exec(line)?.[1];
  for (const [label, shape] of SHAPES) {
    it(`every top-level field of every entry is ${label}`, async () => {
      const edits: Edits = Object.fromEntries(fixtureEntries.map((path) => [path, editYaml(path, (data) => Object.fromEntries(Object.keys(data).map((key) => [key, shape])))]));
      const tree = await fixtureTree(edits);
      try {
        const { lines, errors, refusal } = await runGate(tree.root);
        expect(lines.filter((line) => line.includes('程序出错'))).toEqual([]);
        // Every entry is refused, each with its own file named.
        const refusedFiles = new Set(errors.map(lineFile));
        // The holiday calendar's one field is a list of years, which may be empty.
        const valid = (path: string) => label === 'an empty list' && path === 'content/holidays.yaml';
        expect(fixtureEntries.filter((path) => !refusedFiles.has(path) && !valid(path))).toEqual([]);
        expect(refusal).toBeDefined();
      } finally {
        await tree.cleanup();
      }
    });

    it(`every value inside every entry is ${label}`, async () => {
      const edits: Edits = Object.fromEntries(fixtureEntries.map((path) => [path, editYaml(path, (data) => replaceLeaves(data, shape))]));
      const tree = await fixtureTree(edits);
      try {
        const { lines, refusal } = await runGate(tree.root);
        expect(lines.filter((line) => line.includes('程序出错'))).toEqual([]);
        expect(refusal).toBeDefined();
      } finally {
        await tree.cleanup();
      }
    });
  }
});
