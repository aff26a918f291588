// Shared set-up for the browser tests: the built site (dist/) served by `astro preview`, and
// Debian's Chromium driven by playwright-core. `npm test` builds the site before these run.
import { existsSync, globSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'astro';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The built site: dist/, or GONGKAI_OUT_DIR when the build was sent elsewhere. */
export const DIST = `${resolve(ROOT, process.env.GONGKAI_OUT_DIR ?? 'dist')}/`;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Site {
  origin: string;
  browser: Browser;
  stop: () => Promise<void>;
}

/** A port nobody is listening on, so that test runs side by side do not collide. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function startSite(): Promise<Site> {
  if (!existsSync(`${DIST}index.html`)) throw new Error(`${DIST} 不存在：请先运行 npm run build`);
  const port = await freePort();
  const server = await preview({ root: ROOT, logLevel: 'warn', server: { host: '127.0.0.1', port } });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    // No wall-clock limits of Playwright's own (30 s by default): on a busy machine a sound test
    // must not fail for being slow. vitest's testTimeout still stops one that hangs.
    timeout: 0,
  });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.setDefaultTimeout(0);
    return context;
  };
  return {
    origin: `http://127.0.0.1:${server.port}`,
    browser,
    stop: async () => {
      await browser.close();
      await server.stop();
    },
  };
}

/**
 * The site for the tests of this file (or of the describe block that calls it): started before
 * them, stopped after. The returned object reads the running site, so it can be used as a Site.
 */
export function useSite(): Site {
  let running: Site | undefined;
  beforeAll(async () => {
    running = await startSite();
  });
  afterAll(async () => {
    await running?.stop();
  });
  const current = (): Site => {
    if (!running) throw new Error('the site has not started: useSite() runs in beforeAll');
    return running;
  };
  return {
    get origin() {
      return current().origin;
    },
    get browser() {
      return current().browser;
    },
    stop: () => current().stop(),
  };
}

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };

/** A viewport, or the context's options (viewport, javaScriptEnabled, forcedColors …) over the defaults. */
export type PageOptions = { width: number; height: number } | BrowserContextOptions;

/** A fresh context per page, as axe needs, with a phone-sized viewport unless told otherwise. */
export async function openPage(site: Site, path: string, options: PageOptions = {}): Promise<{ page: Page; status: number; close: () => Promise<void> }> {
  const context = await site.browser.newContext({ viewport: PHONE, locale: 'zh-CN', ...('width' in options ? { viewport: options } : options) });
  const page = await context.newPage();
  const response = await page.goto(`${site.origin}${path}`, { waitUntil: 'load' });
  return { page, status: response?.status() ?? 0, close: () => context.close() };
}

/** Opens `path`, runs `use` on the page (with the response status) and closes the page whatever happens. */
export async function withPage<T>(
  site: Site,
  path: string,
  use: (page: Page, status: number) => Promise<T>,
  options?: PageOptions,
): Promise<T> {
  const { page, status, close } = await openPage(site, path, options);
  try {
    return await use(page, status);
  } finally {
    await close();
  }
}

/** axe violations as short lines, so a failing test names the rule and the element. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return results.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
}

/** The page has one <h1>, and it says something. */
export async function hasHeading(page: Page): Promise<void> {
  expect(((await page.locator('h1').textContent()) ?? '').trim().length).toBeGreaterThan(1);
}

/**
 * One test per [label, path, …] row, titled by `title` as describe.each formats it: the page
 * answers 200, passes `check` (by default, a heading) and passes axe.
 */
export function eachPagePassesAxe<Row extends [string, string, ...string[]]>(
  site: Site,
  rows: Row[],
  name: string,
  check: (page: Page, row: Row) => Promise<void> = hasHeading,
  title = '%s %s',
): void {
  describe.each(rows)(title, (...row) => {
    it(name, () =>
      withPage(site, row[1], async (page, status) => {
        expect(status).toBe(200);
        await check(page, row);
        expect(await axeViolations(page)).toEqual([]);
      }),
    );
  });
}

// ---------------------------------------------------------------- the search page

/** Waits until the search page has announced an outcome, and returns it. */
export async function settled(page: Page): Promise<string> {
  await page.waitForFunction(() => {
    const text = document.getElementById('search-status')?.textContent ?? '';
    return text !== '' && text !== '正在搜索…';
  });
  return (await page.locator('#search-status').textContent()) ?? '';
}

/** The addresses of the results the search page shows, in order. */
export async function resultUrls(page: Page): Promise<string[]> {
  return page.locator('#search-results li h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

export const q = (query: string) => `?q=${encodeURIComponent(query)}`;

/**
 * Searches through the real /search/ page (which prepares the query the way the index was
 * built) at `address` ("?q=…&kind=…"), and returns what it announced and the result addresses.
 */
export async function searchPage(site: Site, address: string): Promise<{ status: string; urls: string[] }> {
  return withPage(site, `/search/${address}`, async (page) => {
    const status = await settled(page);
    return { status, urls: await resultUrls(page) };
  });
}

// ---------------------------------------------------------------- the browser editor

/**
 * Answers Chromium's folder picker with a folder in the page's private file system holding a .git
 * folder and this repository's content: what staff pick on their own machine in local-repository mode.
 */
export async function answerFolderPicker(page: Page): Promise<void> {
  const files = await Promise.all(globSync('content/**/*.{yaml,md}', { cwd: ROOT }).map(async (path) => ({ path, text: await readFile(join(ROOT, path), 'utf8') })));
  await page.addInitScript((entries: { path: string; text: string }[]) => {
    const ready = (async () => {
      const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('repository', { create: true });
      await root.getDirectoryHandle('.git', { create: true });
      for (const { path, text } of entries) {
        const parts = path.split('/');
        let dir = root;
        for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
        const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
        await writable.write(text);
        await writable.close();
      }
      return root;
    })();
    Object.defineProperty(window, 'showDirectoryPicker', { value: () => ready, configurable: true });
  }, files);
}
