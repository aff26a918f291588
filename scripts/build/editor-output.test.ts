import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { editorPlacement, placeEditor } from './editor-output.ts';
import { buildEditor } from '../build-editor.ts';

let folder: string | undefined;
afterEach(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

async function fakeBuild(): Promise<string> {
  folder = await mkdtemp(join(tmpdir(), 'gongkai-editor-output-'));
  await mkdir(join(folder, 'admin/locales'), { recursive: true });
  await writeFile(join(folder, 'admin/index.html'), '<!doctype html>');
  await writeFile(join(folder, 'admin/locales/zh-CN.json'), '{}');
  await writeFile(join(folder, 'index.html'), '<!doctype html>');
  await writeFile(join(folder, 'sitemap-0.xml'), '<urlset/>');
  return folder;
}

describe('GONGKAI_EDITOR', () => {
  it('keeps /admin/ in the public build by default', async () => {
    const dir = await fakeBuild();
    expect(editorPlacement(undefined)).toBe('public');
    expect(editorPlacement('public')).toBe('public');
    expect(await placeEditor(dir, 'public')).toBe(false);
    expect(existsSync(join(dir, 'admin/index.html'))).toBe(true);
  });

  it('separate: leaves /admin/ out of the public build and nothing else', async () => {
    const dir = await fakeBuild();
    expect(await placeEditor(`${dir}/`, editorPlacement('separate'))).toBe(true);
    expect((await readdir(dir)).sort()).toEqual(['index.html', 'sitemap-0.xml']);
  });

  it('refuses an unknown value with a Chinese line naming both choices', () => {
    expect(() => editorPlacement('intranet')).toThrow(/GONGKAI_EDITOR 应为 public.*separate.*“intranet”/);
  });
});

describe('npm run build:editor', () => {
  it('writes the editor on its own: page, configuration, translations and fonts, no CDN address', async () => {
    folder = await mkdtemp(join(tmpdir(), 'gongkai-editor-build-'));
    const target = join(folder, 'dist-editor');
    const { problems, files } = await buildEditor(process.cwd(), target);
    expect(problems).toEqual([]);
    expect(files).toBeGreaterThan(6);
    for (const file of ['index.html', 'config.yml', 'self-hosted.js', 'sveltia-cms.js', 'locales/zh-CN.json', 'fonts/material-symbols-outlined-latin-wght-normal.woff2']) {
      expect(existsSync(join(target, file)), file).toBe(true);
    }
    const page = await readFile(join(target, 'index.html'), 'utf8');
    expect(page).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self';[^"]*font-src 'self';/);
    expect(await readFile(join(target, 'sveltia-cms.js'), 'utf8')).not.toContain('cdn.jsdelivr.net');
  });

  it('reports a wrong cms group of site.yaml as a Chinese problem line and writes nothing', async () => {
    folder = await mkdtemp(join(tmpdir(), 'gongkai-editor-build-'));
    const site = (await readFile(join(process.cwd(), 'content/site.yaml'), 'utf8')).replace(/^cms:[\s\S]*?(?=^\S|(?![\s\S]))/m, 'cms:\n  backend: gitlab\n  repo: office/site\n  branch: main\n  authType: pkce\n');
    await writeFile(join(folder, 'site.yaml'), site);
    const { problems, files } = await buildEditor(process.cwd(), join(folder, 'out'), join(folder, 'site.yaml'));
    expect(files).toBe(0);
    expect(problems.map((p) => `${p.field} ${p.message}`).join('\n')).toMatch(/appId.*OAuth 应用 ID/);
    expect(problems[0]!.line).toBeGreaterThan(1);
    expect(existsSync(join(folder, 'out'))).toBe(false);
  });
});
