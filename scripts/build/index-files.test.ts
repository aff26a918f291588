import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { writeBundleFiles } from './index-files.ts';

let dir: string;
beforeEach(() => {
  dir = join(mkdtempSync(join(tmpdir(), 'gongkai-bundle-')), 'pagefind');
});
afterEach(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

const bytes = (text: string) => new TextEncoder().encode(text);

it('writes every file, in its sub-folder, byte for byte', async () => {
  // More files than are written at once, so that the writers take turns.
  const fragments = Array.from({ length: 100 }, (_, at) => ({ path: `fragment/zh-cn_${at}.pf_fragment`, content: new Uint8Array([at, 0, 255, at]) }));
  const files = [{ path: 'pagefind.js', content: bytes('export {}') }, { path: 'index/zh-cn_a.pf_index', content: bytes('词') }, ...fragments];
  const written = await writeBundleFiles(dir, files);
  expect(written).toBe(9 + 3 + 400);
  expect(readdirSync(dir).sort()).toEqual(['fragment', 'index', 'pagefind.js']);
  expect(readFileSync(join(dir, 'index/zh-cn_a.pf_index'), 'utf8')).toBe('词');
  for (const { path, content } of fragments) expect(new Uint8Array(readFileSync(join(dir, path)))).toEqual(content);
});

it('writes an empty bundle as an empty folder list, and an empty file as empty', async () => {
  expect(await writeBundleFiles(dir, [])).toBe(0);
  await writeBundleFiles(dir, [{ path: 'empty.json', content: new Uint8Array() }]);
  expect(readFileSync(join(dir, 'empty.json')).byteLength).toBe(0);
});

it.each(['../escape.js', '/etc/escape.js', 'fragment/../../escape.js'])('refuses a path outside the folder (%s) and writes nothing', async (path) => {
  await expect(writeBundleFiles(dir, [{ path: 'pagefind.js', content: bytes('x') }, { path, content: bytes('x') }])).rejects.toThrow(/不在索引目录内/);
  expect(() => readdirSync(join(dir, '..'))).not.toThrow();
  expect(readdirSync(join(dir, '..'))).toEqual([]);
});
