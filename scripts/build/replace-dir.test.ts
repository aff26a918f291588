import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { makeNextDir, replaceDir, restoreInterrupted } from './replace-dir.ts';

let work: string;
let target: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'gongkai-replace-'));
  target = join(work, 'dist');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

function site(path: string, text: string): void {
  mkdirSync(join(path, 'sub'), { recursive: true });
  writeFileSync(join(path, 'sub/index.html'), text);
}
const page = (path: string) => readFileSync(join(path, 'sub/index.html'), 'utf8');

it('makes the next folder beside the target, so that renaming it is one system call', async () => {
  const next = await makeNextDir(target);
  expect(next.startsWith(`${target}.next-`)).toBe(true);
  expect(readdirSync(next)).toEqual([]);
});

it('makes the next folder readable by others, as mkdir would (a web server reads it as another user)', async () => {
  const previous = process.umask(0o022);
  try {
    expect(statSync(await makeNextDir(target)).mode & 0o777).toBe(0o755);
  } finally {
    process.umask(previous);
  }
});

it('puts the new build in place of the old one and hands back the old one, set aside', async () => {
  site(target, 'old');
  const next = await makeNextDir(target);
  site(next, 'new');
  const aside = await replaceDir(next, target);
  expect(page(target)).toBe('new');
  expect(aside).toBe(`${target}.old-${next.slice(`${target}.next-`.length)}`);
  expect(page(aside!)).toBe('old');
  expect(readdirSync(work).sort()).toEqual(['dist', aside!.slice(work.length + 1)].sort());
});

it('renames the new build in when there was none before', async () => {
  const next = await makeNextDir(target);
  site(next, 'new');
  expect(await replaceDir(next, target)).toBeUndefined();
  expect(page(target)).toBe('new');
  expect(readdirSync(work)).toEqual(['dist']);
});

it('puts the old build back when the new one cannot be renamed in', async () => {
  site(target, 'old');
  const next = `${target}.next-gone`;
  await expect(replaceDir(next, target)).rejects.toThrow(/ENOENT/);
  expect(page(target)).toBe('old');
  expect(readdirSync(work)).toEqual(['dist']);
});

it('restores the newest build set aside by an interrupted swap when the target is missing', async () => {
  site(`${target}.old-aaaaaa`, 'older');
  site(`${target}.old-bbbbbb`, 'newer');
  utimesSync(`${target}.old-aaaaaa`, 1_000, 1_000);
  utimesSync(`${target}.old-bbbbbb`, 2_000, 2_000);
  expect(await restoreInterrupted(target)).toBe(`${target}.old-bbbbbb`);
  expect(page(target)).toBe('newer');
});

it('leaves everything alone when the target exists or nothing was set aside', async () => {
  expect(await restoreInterrupted(target)).toBeUndefined();
  expect(readdirSync(work)).toEqual([]);
  site(target, 'current');
  site(`${target}.old-aaaaaa`, 'older');
  expect(await restoreInterrupted(target)).toBeUndefined();
  expect(page(target)).toBe('current');
});
