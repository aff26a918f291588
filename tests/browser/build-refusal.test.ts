// A build over bad content (`npm run build`, scripts/build.ts) fails before writing anything, naming
// every bad file and field. The project is copied with the minimal fixture's content and two
// dangling references.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { ROOT } from './support.ts';

const work = mkdtempSync(join(tmpdir(), 'gongkai-refusal-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('refuses to build, listing each dangling reference with file and field, and writes no dist/ nor any folder beside it', () => {
  for (const path of ['src', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(ROOT, path), join(work, path), { recursive: true });
  cpSync(join(ROOT, 'tests/fixtures/minimal/content'), join(work, 'content'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'));
  const edit = (path: string, from: string, to: string) => writeFileSync(join(work, path), readFileSync(join(work, path), 'utf8').replace(from, to));
  edit('content/services/S-001.md', 'power: P-001', 'power: P-404');
  edit('content/enforcement/officers/99000001.yaml', 'subject: 11990100MB1234567F', 'subject: 12990100MB2345678X');

  const before = readdirSync(work).sort();
  const result = spawnSync(process.execPath, [join(work, 'scripts/build.ts')], { cwd: work, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', GONGKAI_OUT_DIR: '' } });
  const output = result.stdout + result.stderr;
  expect(result.status).not.toBe(0);
  expect(output).toContain('内容检查未通过，共 2 个问题');
  expect(output).toContain('content/services/S-001.md:6 对应权力事项（power） — 引用的权力清单“P-404”不存在');
  expect(output).toContain('content/enforcement/officers/99000001.yaml:3 所属执法主体（subject） — 引用的执法主体“12990100MB2345678X”不存在');
  expect(output).toContain('构建失败：astro build 退出码 1。没有生成 dist/，未发布任何内容。');
  // Astro's generated types (.astro/) are not output; the build's own folders are all gone.
  expect(readdirSync(work).filter((name) => name !== '.astro').sort()).toEqual(before);
});
