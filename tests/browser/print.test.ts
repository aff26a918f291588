// Printouts: a printed page says where it came from and when, so that a paper copy can be checked
// against the site. Each carries the office's name (content/site.yaml), the page's address and the
// date it was printed — the reader's date at print time, not the build's — and without JavaScript
// at least the office's name and the address. Checked on the PDF Chromium prints and in the DOM.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { pdfPages } from '../../src/lib/personal-data/attachment-text.ts';
import { ROOT, startSite, type Site } from './support.ts';

const office = (parse(readFileSync(join(ROOT, 'content/site.yaml'), 'utf8')) as { name: string }).name;
// A day the site was certainly not built on, in the reader's time zone (China).
const PRINTED = new Date('2031-05-06T09:30:00+08:00');
const PRINTED_TEXT = '2031年5月6日';
const PAGES = ['/services/RF-ZS-001-01/', '/enforcement/officers/', '/documents/'];

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.stop();
});

async function open(path: string, javaScriptEnabled = true): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', javaScriptEnabled });
  const page = await context.newPage();
  if (javaScriptEnabled) await page.clock.setFixedTime(PRINTED);
  await page.goto(`${site.origin}${path}`);
  return { page, close: () => context.close() };
}

/**
 * The first printed page's text, with the spaces pdf.js puts between runs removed. The PDF's font
 * maps some characters to their radical forms (⽰ for 示, ⺠ for 民): NFKC turns most back, and
 * the few radicals it leaves become "?", which `printed()` lets stand for any character.
 */
async function printedText(page: Page): Promise<string> {
  const [first] = await pdfPages(await page.pdf({ format: 'A4' }));
  return first!.text.replace(/\s+/g, '').normalize('NFKC').replace(/[\u2e80-\u2fdf]/g, '?');
}

/** A matcher for `expected` in printedText's output. */
const printed = (expected: string) =>
  new RegExp([...expected.replace(/\s+/g, '').normalize('NFKC')].map((c) => (/[\u4e00-\u9fff]/.test(c) ? `[${c}?]` : c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))).join(''));

const canonical = (page: Page) => page.locator('link[rel="canonical"]').getAttribute('href') as Promise<string>;

describe.each(PAGES)('%s printed', (path) => {
  it('carries the office, the address and the date of printing', async () => {
    const { page, close } = await open(path);
    try {
      const url = await canonical(page);
      expect(url).toMatch(/^https?:\/\//);
      const text = await printedText(page);
      expect(text).toMatch(printed(office));
      expect(text).toMatch(printed(url));
      expect(text).toMatch(printed(`打印日期：${PRINTED_TEXT}`));
    } finally {
      await close();
    }
  });

  it('without JavaScript still carries the office and the address, and no made-up date', async () => {
    const { page, close } = await open(path, false);
    try {
      const url = await canonical(page);
      const text = await printedText(page);
      expect(text).toMatch(printed(office));
      expect(text).toMatch(printed(url));
      expect(text).not.toMatch(printed('打印日期'));
    } finally {
      await close();
    }
  });
});

it('shows the print header on paper only', async () => {
  const { page, close } = await open(PAGES[0]!);
  try {
    await expect(page.locator('.print-stamp').isVisible()).resolves.toBe(false);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.print-stamp').isVisible()).resolves.toBe(true);
    await expect(page.locator('.print-stamp').textContent()).resolves.toContain(office);
    // The site's header, menu and footer stay off paper.
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
    await expect(page.locator('.site-footer').isVisible()).resolves.toBe(false);
  } finally {
    await close();
  }
});
