// The browser editor, built on its own (scripts/build-editor.ts, as for an intranet host) and served
// from 127.0.0.1, with every request to any other host aborted and recorded, as on a network with
// no internet access: its interface is Chinese, its icons are drawn by its own font, it loads its
// generated configuration without complaint under its own Content-Security-Policy, and in
// local-repository mode (Chromium's folder picker, answered here with a folder holding this
// repository's content) it opens new entries of several kinds with every field of the kind.
import type { Server } from 'node:http';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildEditor } from '../../scripts/build-editor.ts';
import { serveEditor } from '../../scripts/serve-editor.ts';
import { ROOT, answerFolderPicker } from './support.ts';

/** site.yaml's cms group for each platform: the public GitHub, and an office's own GitLab and Gitea. */
const PLATFORMS = {
  github: { backend: 'github', repo: 'office/site', branch: 'main' },
  gitlab: { backend: 'gitlab', repo: 'office/web/site', branch: 'main', baseUrl: 'https://git.example.gov.cn', appId: 'a1b2c3' },
  gitea: { backend: 'gitea', repo: 'office/site', branch: 'main', baseUrl: 'https://code.example.gov.cn', appId: 'client-1' },
} as const;

const KINDS_SHOWN = ['services', 'penalties', 'documents', 'powers'];

let folder: string;
let server: Server;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'gongkai-editor-'));
  // One editor per platform, from content/site.yaml with its cms group replaced.
  const site = parse(await readFile(join(ROOT, 'content/site.yaml'), 'utf8')) as Record<string, unknown>;
  for (const [name, cms] of Object.entries(PLATFORMS)) {
    const siteFile = join(folder, `${name}.yaml`);
    await writeFile(siteFile, stringify({ ...site, cms }));
    expect((await buildEditor(ROOT, join(folder, name), siteFile)).problems).toEqual([]);
  }
  ({ server, origin } = await serveEditor(folder, 0));
  // The editor alone needs no build of the site, so Chromium is started here rather than by support.ts.
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'], timeout: 0 });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
  if (folder) await rm(folder, { recursive: true, force: true });
});

/** A page of the editor with every request off 127.0.0.1 aborted and listed, and its console complaints. */
async function offlineEditor(viewport = { width: 1200, height: 800 }): Promise<{ page: Page; outside: string[]; complaints: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN' });
  context.setDefaultTimeout(90_000);
  const outside: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    outside.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  const page = await context.newPage();
  const complaints: string[] = [];
  page.on('console', (message) => {
    const serious = message.type() === 'warning' || message.type() === 'error';
    if (serious && /config|schema|option|collection|field|widget|Content.Security.Policy/i.test(message.text())) complaints.push(message.text());
  });
  return { page, outside, complaints, close: () => context.close() };
}

it.each([
  ['github', '使用访问令牌登录', ['https://www.githubstatus.com/api/v2/status.json']],
  // The platform's name sits between Unicode isolation marks.
  ['gitlab', /^使用\W{0,2}GitLab\W{0,2}登录$/, []],
  ['gitea', /^使用\W{0,2}Gitea.{0,12}登录$/, []],
] as const)('%s: shows its sign-in page in Chinese with its own icon font, and reaches no host but the platform’s', async (name, signIn, platformRequests) => {
  const { page, outside, complaints, close } = await offlineEditor();
  try {
    await page.goto(`${origin}/${name}/`);
    await page.getByText('使用本地仓库').waitFor();
    await page.getByText(signIn).waitFor();
    // The whole translation came from this site (a failed one shows 无法加载…翻译 and falls back to English).
    expect(await page.getByText(/无法加载.{0,12}翻译/).count()).toBe(0);
    await page.evaluate(() => document.fonts.ready);
    const loaded = await page.evaluate(() => [...document.fonts].filter((font) => font.status === 'loaded').map((font) => font.family.replace(/"/g, '')));
    expect(loaded).toContain('Material Symbols Outlined');
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("font-src 'self';");
    expect(policy).not.toContain('jsdelivr');
    if (name !== 'github') expect(policy).toContain(`connect-src 'self' data: blob: ${PLATFORMS[name].baseUrl}`);
    expect(complaints).toEqual([]);
    // GitHub's own status service is the platform's; a self-hosted platform needs nothing outside.
    expect(outside).toEqual(platformRequests);
  } finally {
    await close();
  }
});

it('opens new entries with every field of their kind, from a local folder, offline', async () => {
  const config = parse(await readFile(join(folder, 'gitea/config.yml'), 'utf8')) as { collections: { name: string; label: string; folder?: string; fields?: { name: string; label: string }[] }[] };
  // A tall window: the editor draws fields as they scroll into view.
  const { page, outside, complaints, close } = await offlineEditor({ width: 1200, height: 12000 });
  try {
    await answerFolderPicker(page);
    // Leaving an untouched new entry may ask to discard it: yes.
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(`${origin}/gitea/`);
    await page.getByText('使用本地仓库').click();
    await page.getByText('正在使用本地仓库').or(page.getByRole('navigation')).first().waitFor();
    const missing: string[] = [];
    let previous = new Set<string>();
    // Kinds with every sort of field: Markdown body, nested lists, references, selects, dates, files.
    for (const collection of config.collections.filter((c) => KINDS_SHOWN.includes(c.name))) {
      const labels = collection.fields!.map((field) => field.label);
      // A change of address within the page can leave the previous form on screen a moment, and
      // kinds end with the same catalogue fields: the form is this kind's once a label the previous
      // one lacks shows, and complete once its last does (fields are drawn progressively).
      await page.goto(`${origin}/gitea/#/collections/${collection.name}/new`);
      const fresh = labels.find((label) => !previous.has(label));
      if (fresh) await page.getByText(fresh, { exact: true }).first().waitFor();
      await page.getByText(labels.at(-1)!, { exact: true }).first().waitFor();
      previous = new Set(labels);
      for (const field of collection.fields!) {
        if ((await page.getByText(field.label, { exact: true }).count()) === 0) missing.push(`${collection.name}.${field.name}（${field.label}）`);
      }
    }
    expect(config.collections.filter((c) => KINDS_SHOWN.includes(c.name))).toHaveLength(KINDS_SHOWN.length);
    expect(missing).toEqual([]);
    expect(complaints).toEqual([]);
    expect(outside).toEqual([]);
  } finally {
    await close();
  }
});
