// `npm run build` (scripts/build.ts) on a copy of the project with the minimal fixture's content and a
// previous dist/: a fault in any stage after the content check (a page that throws while rendering,
// an attachment that cannot be copied, the Pagefind index) fails the build with Astro's or the index's message
// and leaves the previous dist/ byte for byte as it was, with no half-built folder beside it; a
// build without faults replaces it. One copy and one previous dist/ serve every case.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './support.ts';

const work = mkdtempSync(join(tmpdir(), 'gongkai-atomic-'));
const dist = join(work, 'dist');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every entry under a folder: folders by name, files by name and SHA-256 of their bytes. */
function snapshot(dir: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath, entry.name);
    found[path.slice(dir.length + 1)] = entry.isDirectory() ? 'folder' : createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return found;
}

/** What the build left beside dist/: next, old and cache folders. */
const leftovers = () => readdirSync(work).filter((name) => name.startsWith('dist.') || name.startsWith('dist-'));

function build(env: Record<string, string> = {}): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [join(work, 'scripts/build.ts')], { cwd: work, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', GONGKAI_OUT_DIR: '', ...env } });
  return { status: result.status, output: result.stdout + result.stderr };
}

let previous: Record<string, string>;

beforeAll(() => {
  for (const path of ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(ROOT, path), join(work, path), { recursive: true });
  cpSync(join(ROOT, 'tests/fixtures/minimal/content'), join(work, 'content'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'));
  // A small previous site stands in for a real one: only its bytes matter.
  mkdirSync(join(dist, 'services/S-001'), { recursive: true });
  mkdirSync(join(dist, 'pagefind'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>上一版</title>\n');
  writeFileSync(join(dist, 'services/S-001/index.html'), '<!doctype html><title>上一版的服务指南</title>\n');
  writeFileSync(join(dist, 'pagefind/pagefind.js'), Buffer.from([0, 1, 2, 255, 254]));
  previous = snapshot(dist);
});

describe('a fault after the content check', () => {
  it('a page that throws while rendering: fails with its error and keeps the previous dist/', () => {
    const page = join(work, 'src/pages/boom.astro');
    writeFileSync(page, "---\nthrow new Error('测试注入：渲染时出错的页面');\n---\n");
    try {
      const result = build();
      expect(result.status).not.toBe(0);
      expect(result.output).toContain('测试注入：渲染时出错的页面');
      expect(result.output).toContain('构建失败：astro build 退出码 1。dist/ 保持上一版不变，未发布任何内容。');
    } finally {
      rmSync(page);
    }
    expect(snapshot(dist)).toEqual(previous);
    expect(leftovers()).toEqual([]);
  });

  it('an attachment that cannot be copied: fails with the copy error and keeps the previous dist/', () => {
    // The content check sees content/ only; a folder in public/ where the attached form goes makes
    // the copy itself fail, after every page has been written.
    const blocker = join(work, 'public/files/enforcement/templates/files/t-001.pdf');
    mkdirSync(blocker, { recursive: true });
    writeFileSync(join(blocker, 'blocker.txt'), 'x');
    try {
      const result = build();
      expect(result.status).not.toBe(0);
      expect(result.output).toMatch(/\[gongkai:attachments\][^\n]*astro:build:done/);
      expect(result.output).toContain('EISDIR');
      expect(result.output).toContain('dist/ 保持上一版不变');
    } finally {
      rmSync(join(work, 'public/files'), { recursive: true });
    }
    expect(snapshot(dist)).toEqual(previous);
    expect(leftovers()).toEqual([]);
  });

  it('the Pagefind index failing: fails with its error and keeps the previous dist/', () => {
    // Pagefind's own setting for where its binary is; one that is not there fails the index, the last stage.
    const result = build({ PAGEFIND_BINARY_PATH: join(work, 'no-such-pagefind') });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/构建失败：建立检索索引失败：无法运行 Pagefind（[^\n]*no-such-pagefind/);
    expect(result.output).toContain('dist/ 保持上一版不变');
    expect(snapshot(dist)).toEqual(previous);
    expect(leftovers()).toEqual([]);
  });
});

describe('a build without faults', () => {
  it('replaces dist/ with the complete new site and leaves nothing beside it', () => {
    const result = build();
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain('已发布到 dist/');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).not.toContain('上一版');
    expect(existsSync(join(dist, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(join(dist, 'files/enforcement/templates/files/t-001.pdf'))).toBe(true);
    expect(readFileSync(join(dist, 'services/S-001/index.html'), 'utf8')).not.toContain('上一版');
    expect(leftovers()).toEqual([]);
  });
});
