// The browser editor on a slow intranet link, with every host but 127.0.0.1 blocked: Sveltia CMS
// gives its translation 5 seconds (meant for the CDN it would fetch it from) and otherwise shows
// its interface in English. Served from the site itself (self-hosted.js), it may take longer and
// the interface is still Chinese. Then, in local-folder mode, every collection of the generated
// configuration opens with every one of its fields, in Chinese, and no request leaves loopback.
import type { Server } from 'node:http';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { buildEditor } from '../../scripts/build-editor.ts';
import { serveEditor } from '../../scripts/serve-editor.ts';
import { ROOT, answerFolderPicker } from './support.ts';

let folder: string;
let server: Server;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'gongkai-editor-offline-'));
  const site = parse(await readFile(join(ROOT, 'content/site.yaml'), 'utf8')) as Record<string, unknown>;
  await writeFile(join(folder, 'site.yaml'), stringify({ ...site, cms: { backend: 'gitea', repo: 'office/site', branch: 'main', baseUrl: 'https://code.example.gov.cn', appId: 'client-1' } }));
  expect((await buildEditor(ROOT, join(folder, 'editor'), join(folder, 'site.yaml'))).problems).toEqual([]);
  ({ server, origin } = await serveEditor(join(folder, 'editor'), 0));
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'], timeout: 0 });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
  if (folder) await rm(folder, { recursive: true, force: true });
});

/** A context with every request off 127.0.0.1 aborted and listed; `slow` delays the files whose path ends so. */
async function offline(viewport: { width: number; height: number }, slow?: { ending: string; ms: number }): Promise<{ context: BrowserContext; outside: string[] }> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN' });
  context.setDefaultTimeout(0);
  const outside: string[] = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    if (url.hostname !== '127.0.0.1') {
      outside.push(url.href);
      return route.abort('internetdisconnected');
    }
    if (slow && url.pathname.endsWith(slow.ending)) await new Promise((done) => setTimeout(done, slow.ms));
    return route.continue();
  });
  return { context, outside };
}

it('shows its interface in Chinese when the translation takes longer than the 5 seconds Sveltia allows a CDN', async () => {
  const { context, outside } = await offline({ width: 1200, height: 800 }, { ending: '/locales/zh-CN.json', ms: 7000 });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    // The page is English until its translation arrives; a translation that failed leaves it
    // English with a message, in English as the translation is missing.
    const failed = /Couldn.t load the .{0,20} translation|无法加载.{0,12}翻译/;
    await page.getByText('使用本地仓库').or(page.getByText(failed)).first().waitFor();
    expect(await page.getByText(failed).count()).toBe(0);
    expect(await page.getByText('使用本地仓库').count()).toBe(1);
    expect(await page.getByText('Work with Local Repository').count()).toBe(0);
    expect(outside).toEqual([]);
  } finally {
    await context.close();
  }
});

it('opens every collection with every one of its fields, from a local folder, with no request off loopback', async () => {
  const config = parse(await readFile(join(folder, 'editor/config.yml'), 'utf8')) as {
    collections: { name: string; label: string; fields?: { name: string; label: string }[]; files?: { name: string; fields: { name: string; label: string }[] }[] }[];
  };
  // A tall window: the editor draws fields as they scroll into view.
  const { context, outside } = await offline({ width: 1200, height: 16000 });
  try {
    const page = await context.newPage();
    await answerFolderPicker(page);
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(`${origin}/`);
    await page.getByText('使用本地仓库').click();
    await page.getByRole('navigation').first().waitFor();
    const missing: string[] = [];
    const collectionLabels = new Set(config.collections.map((c) => c.label));
    let previous = new Set<string>();
    for (const collection of config.collections) {
      // A folder collection opens a new entry; a single file (site.yaml, department.yaml) opens itself.
      const file = collection.files?.[0];
      const fields = collection.fields ?? file!.fields;
      const labels = fields.map((field) => field.label);
      await page.evaluate((hash) => (location.hash = hash), file ? `#/collections/${collection.name}/entries/${file.name}` : `#/collections/${collection.name}/new`);
      // Opened within the page, so the previous form may still be there: the form is this
      // collection's once a label the previous one lacks shows, and complete once its last does
      // (fields are drawn progressively). Many kinds end with the same catalogue fields.
      const fresh = labels.find((label) => !previous.has(label) && !collectionLabels.has(label));
      if (fresh) await page.getByText(fresh, { exact: true }).first().waitFor();
      else await page.reload();
      await page.getByText(labels.at(-1)!, { exact: true }).first().waitFor();
      for (const field of fields) {
        if ((await page.getByText(field.label, { exact: true }).count()) === 0) missing.push(`${collection.name}.${field.name}（${field.label}）`);
      }
      previous = new Set(labels);
    }
    expect(config.collections.length).toBeGreaterThan(30);
    expect(missing).toEqual([]);
    expect(outside).toEqual([]);
  } finally {
    await context.close();
  }
});
