// Shared set-up for the browser tests: the built site (dist/) served by `astro preview`, and
// Debian's Chromium driven by playwright-core. `npm test` builds the site before these run.
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'astro';
import { chromium, type Browser, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

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

/** A fresh context per page, as axe needs, with a phone-sized viewport unless told otherwise. */
export async function openPage(site: Site, path: string, viewport = { width: 390, height: 844 }): Promise<{ page: Page; status: number; close: () => Promise<void> }> {
  const context = await site.browser.newContext({ viewport, locale: 'zh-CN' });
  const page = await context.newPage();
  const response = await page.goto(`${site.origin}${path}`, { waitUntil: 'load' });
  return { page, status: response?.status() ?? 0, close: () => context.close() };
}

/** axe violations as short lines, so a failing test names the rule and the element. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return results.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
}
