import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArchive, verifyArchive } from './archive.ts';
import { readRelease } from './release-files.ts';

const work = mkdtempSync(join(tmpdir(), 'gongkai-archive-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const VERIFY_SCRIPT = new URL('../../deploy/publish/verify-release.sh', import.meta.url).pathname;

const site: Record<string, string> = {
  'index.html': '<!doctype html><title>首页</title>',
  'pagefind/pagefind.js': 'export {}',
  'files/services/申请表.pdf': '%PDF-1.4',
  'data/powers.csv': '编码,名称\n',
};

let archive: string;
let checksum: string;

beforeAll(async () => {
  const root = join(work, 'dist');
  for (const [path, content] of Object.entries(site)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  ({ archive, checksum } = await createArchive(root, await readRelease(root), join(work, 'out'), 'rfb-20261201-001000-abcdef01'));
});

/** A copy of the archive with one change made to its contents, and a checksum file that matches it. */
function repack(name: string, change: (dir: string) => void, recompute = true): string {
  const dir = join(work, `${name}-x`);
  mkdirSync(dir);
  expect(spawnSync('tar', ['-xzf', archive, '-C', dir]).status).toBe(0);
  change(dir);
  const out = join(work, `${name}.tar.gz`);
  expect(spawnSync('tar', ['-czf', out, '-C', dir, '.']).status).toBe(0);
  if (recompute) writeFileSync(`${out}.sha256`, spawnSync('sha256sum', [`${name}.tar.gz`], { cwd: work, encoding: 'utf8' }).stdout);
  return out;
}

describe('the release archive', () => {
  it('holds the site under site/ and a manifest that sha256sum -c checks', () => {
    const members = spawnSync('tar', ['-tzf', archive], { encoding: 'utf8' }).stdout.trim().split('\n').sort();
    expect(members).toEqual(['SHA256SUMS', 'site/data/powers.csv', 'site/files/services/申请表.pdf', 'site/index.html', 'site/pagefind/pagefind.js']);
    expect(readFileSync(checksum, 'utf8')).toMatch(/^[0-9a-f]{64}  rfb-20261201-001000-abcdef01\.tar\.gz\n$/);
    expect(spawnSync('sha256sum', ['-c', '--strict', checksum], { cwd: join(work, 'out') }).status).toBe(0);
    const dir = join(work, 'unpacked');
    mkdirSync(dir);
    spawnSync('tar', ['-xzf', archive, '-C', dir]);
    const check = spawnSync('sha256sum', ['-c', '--strict', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' });
    expect(check.status, check.stdout + check.stderr).toBe(0);
    expect(check.stdout.trim().split('\n')).toHaveLength(4);
  });

  it('verifies, here and with the shell script a platform runs', async () => {
    expect(await verifyArchive(archive)).toEqual([]);
    const script = spawnSync('/bin/sh', [VERIFY_SCRIPT, archive, join(work, 'imported')], { encoding: 'utf8' });
    expect(script.status, script.stderr).toBe(0);
    expect(readFileSync(join(work, 'imported/site/index.html'), 'utf8')).toBe(site['index.html']);
  });

  it('a changed byte in the archive fails its checksum', async () => {
    const bytes = readFileSync(archive);
    bytes[bytes.length - 12]! ^= 0xff;
    const damaged = join(work, 'damaged.tar.gz');
    writeFileSync(damaged, bytes);
    writeFileSync(`${damaged}.sha256`, readFileSync(checksum, 'utf8').replace(/\S+$/m, 'damaged.tar.gz'));
    expect((await verifyArchive(damaged))[0]).toMatch(/^damaged\.tar\.gz：SHA-256 与 damaged\.tar\.gz\.sha256 不符/);
    expect(spawnSync('/bin/sh', [VERIFY_SCRIPT, damaged, join(work, 'd1')]).status).not.toBe(0);
  });

  it('a file changed inside, even with a fresh archive checksum, fails the manifest', async () => {
    const tampered = repack('tampered', (dir) => writeFileSync(join(dir, 'site/index.html'), '<title>改过</title>'));
    expect(await verifyArchive(tampered)).toEqual(['site/index.html：SHA-256 与清单不符，文件被改动或损坏']);
    expect(spawnSync('/bin/sh', [VERIFY_SCRIPT, tampered, join(work, 'd2')]).status).not.toBe(0);
  });

  it('a file added or removed inside fails too', async () => {
    const added = repack('added', (dir) => writeFileSync(join(dir, 'site/extra.html'), 'x'));
    expect(await verifyArchive(added)).toEqual(['site/extra.html：不在 SHA256SUMS 中（发布包里多出的文件）']);
    expect(spawnSync('/bin/sh', [VERIFY_SCRIPT, added, join(work, 'd3')]).status).not.toBe(0);
    const removed = repack('removed', (dir) => rmSync(join(dir, 'site/data/powers.csv')));
    expect(await verifyArchive(removed)).toEqual(['site/data/powers.csv：清单中有，发布包中没有']);
    expect(spawnSync('/bin/sh', [VERIFY_SCRIPT, removed, join(work, 'd4')]).status).not.toBe(0);
  });
});
