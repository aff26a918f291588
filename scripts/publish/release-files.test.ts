import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRelease, releaseId, sha256Manifest } from './release-files.ts';

const work = mkdtempSync(join(tmpdir(), 'gongkai-release-files-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function tree(name: string, files: Record<string, string>): string {
  const root = join(work, name);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

const site = { 'index.html': '首页', 'pagefind/pagefind.js': 'js', 'b/c.txt': 'abc' };

describe('readRelease', () => {
  it('lists every file sorted, with MD5 and SHA-256', async () => {
    const files = await readRelease(tree('ok', site));
    expect(files.map((file) => file.path)).toEqual(['b/c.txt', 'index.html', 'pagefind/pagefind.js']);
    expect(files[0]).toEqual({ path: 'b/c.txt', size: 3, md5: '900150983cd24fb0d6963f7d28e17f72', sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad' });
    expect(sha256Manifest(files.slice(0, 1), 'site/')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  site/b/c.txt\n');
  });
  it('refuses a folder that is not a built site', async () => {
    await expect(readRelease(tree('half', { 'index.html': 'x' }))).rejects.toThrow(/不是完整的网站构建结果：缺少 pagefind\/pagefind\.js/);
  });
  it('refuses a symlink inside the release', async () => {
    const root = tree('link', site);
    symlinkSync('/etc/passwd', join(root, 'b/passwd'));
    await expect(readRelease(root)).rejects.toThrow(/b\/passwd：不是普通文件/);
  });
  it('names a release by China time and its files, the same for the same files', async () => {
    const files = await readRelease(tree('id', site));
    const id = releaseId(files, new Date('2026-11-30T16:10:05Z'));
    expect(id).toMatch(/^20261201-001005-[0-9a-f]{8}$/);
    expect(releaseId(files, new Date('2026-11-30T16:10:05Z'))).toBe(id);
    expect(releaseId(files.slice(1), new Date('2026-11-30T16:10:05Z'))).not.toBe(id);
  });
});
