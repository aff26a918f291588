// The code index on a large site (over RANKED_SEARCH_LIMIT pages, src/lib/search-codes.ts): the
// project copied with 1,900 synthetic decisions added, built as npm run build builds it, and
// searched through the real /search/ page. A 文号, a credit code (in any letter case) and a number
// nobody holds are answered without Pagefind; a code whose every number is on many pages still
// is, by Pagefind; and what the index finds, and in what order, is what the page finds with
// Pagefind when the index is not there. Also the lists that grow with the site (the 信息公开目录 and
// the lists of decisions in pages, the site map).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { OFFICE, PLACES, decisionNo, syntheticDecision, uscc } from '../../scripts/bench/synthetic.ts';
import { wordString } from '../../src/lib/search-common/phrases.ts';
import { RANKED_SEARCH_LIMIT, parseFragment } from '../../src/lib/search-common/format.ts';
import { readPageOrder } from '../../src/lib/search-common/page-order.ts';
import { codePosition } from '../../src/lib/search-lookup.ts';
import { codeTokens } from '../../src/lib/search-query.ts';
import { gunzipSync } from 'node:zlib';
import { PHONE, axeViolations, q, resultUrls, settled } from './support.ts';
import { useCopiedSite } from './copied-site.ts';
import { PAGE_ROWS, pagePath } from '../../src/lib/pagination.ts';
import { listKind } from '../../src/kinds/index.ts';
import { createRequire } from 'node:module';

const DECISIONS = 1900;
/** GONGKAI_CODES_WORK=<folder> keeps the copy and its build there, and reuses them when run again. */
const site = useCopiedSite({ prefix: 'gongkai-codes-', keptIn: process.env.GONGKAI_CODES_WORK, files: () => Array.from({ length: DECISIONS }, (_, i) => syntheticDecision(i)) });
const { dist } = site;

/** The search page at `address`: its outcome, results, and whether it asked Pagefind for its code or index. */
async function search(address: string, withoutIndex = false): Promise<{ status: string; urls: string[]; pagefind: string[] }> {
  const context = await site.browser.newContext({ viewport: PHONE, locale: 'zh-CN' });
  context.setDefaultTimeout(0);
  const page: Page = await context.newPage();
  // Without the code index's manifest the page searches as before it had one: with Pagefind.
  if (withoutIndex) await page.route('**/search-common/codes.json', (route) => route.fulfill({ status: 404, body: '' }));
  const pagefind: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (/^\/pagefind\/(pagefind\.js|wasm\.|.*\.pf_(meta|index|filter))/.test(path)) pagefind.push(path);
  });
  try {
    await page.goto(`${site.origin}/search/${address}`, { waitUntil: 'load' });
    const status = await settled(page);
    return { status, urls: await resultUrls(page), pagefind };
  } finally {
    await context.close();
  }
}

/** The pages of the build whose indexed text holds `query` as a code, read from Pagefind's files in Node. */
function holders(query: string): string[] {
  const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
  const tokens = codeTokens(query);
  return Object.values(entry.languages)
    .flatMap(({ hash }) => readPageOrder(gunzipSync(readFileSync(join(dist, `pagefind/pagefind.${hash}.pf_meta`)))))
    .map((id, order) => ({ data: parseFragment(gunzipSync(readFileSync(join(dist, 'pagefind/fragment', `${id}.pf_fragment`))).toString('utf8')), order }))
    .map((page) => ({ ...page, at: codePosition(page.data.content, tokens) }))
    .filter((page) => page.at >= 0)
    .sort((a, b) => a.at - b.at || a.order - b.order)
    .map((page) => page.data.url);
}

/** The pages of the build whose indexed text holds `phrase` (as Pagefind's exact phrase search reads it), in any order. */
function phraseHolders(phrase: string): string[] {
  const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
  return Object.values(entry.languages)
    .flatMap(({ hash }) => readPageOrder(gunzipSync(readFileSync(join(dist, `pagefind/pagefind.${hash}.pf_meta`)))))
    .map((id) => parseFragment(gunzipSync(readFileSync(join(dist, 'pagefind/fragment', `${id}.pf_fragment`))).toString('utf8')))
    .filter((data) => wordString(data.content).includes(phrase))
    .map((data) => data.url);
}

it('builds a site large enough for the code index', () => {
  const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  expect(Object.values(entry.languages)[0]?.page_count).toBeGreaterThan(RANKED_SEARCH_LIMIT);
  expect(JSON.parse(readFileSync(join(dist, 'search-common/codes.json'), 'utf8'))).toMatchObject({ version: 1 });
});

it.each([
  ['a 文号', decisionNo(1234), 'BM-01234'],
  ['a 文号 in half-width brackets', decisionNo(1235).replace('〔', '[').replace('〕', ']'), 'BM-01235'],
  ['a credit code', uscc(777), 'BM-00777'],
  ['a credit code in lower case', uscc(778).toLowerCase(), 'BM-00778'],
])('finds %s without Pagefind: every page holding it, and what Pagefind finds', async (_, query, code) => {
  const fast = await search(q(query));
  expect(fast.pagefind).toEqual([]);
  expect(fast.urls[0]).toContain(`/${code}/`);
  // Every page whose indexed text holds the code, by where it first does, ties in index order.
  expect(fast.urls).toEqual(holders(query));
  expect(fast.status).toBe(`找到 ${fast.urls.length} 条结果`);
  // Pagefind finds the same first page, and no page the index does not: it misses only a code far
  // down a very long page (a list of a thousand decisions), where its phrase search stops looking.
  const slow = await search(q(query), true);
  expect(slow.pagefind.length).toBeGreaterThan(0);
  expect(slow.urls[0]).toBe(fast.urls[0]);
  expect(fast.urls).toEqual(expect.arrayContaining(slow.urls));
});

it.each([
  ['a 文号 with a number nobody has', '示防罚决〔2026〕9876号', '未查到文号'],
  ['a 执法证号 nobody has', '99010029999', '未查到执法证号'],
])('says at once that nothing holds %s, without Pagefind', async (_, query, message) => {
  const result = await search(q(query));
  expect(result.pagefind).toEqual([]);
  expect(result.urls).toEqual([]);
  expect(result.status).toContain(message);
});

it('asks Pagefind for a code whose every number is on many pages, and still finds it', async () => {
  // The office's credit code is on every decision: the index lists it as on many pages.
  const result = await search(q(OFFICE));
  expect(result.pagefind.length).toBeGreaterThan(0);
  expect(result.urls.length).toBeGreaterThan(0);
});

it.each([
  ['part of a company name', `${PLACES[7]}${PLACES[3]}`],
  ['a company name and its trade', `${PLACES[8]}${PLACES[4]}`],
])('finds %s on a few pages without Pagefind: what Pagefind finds, in its order', async (_, query) => {
  const fast = await search(q(query));
  expect(fast.pagefind).toEqual([]);
  expect(fast.urls.length).toBeGreaterThan(0);
  expect([...fast.urls].sort()).toEqual(phraseHolders(query).sort());
  const slow = await search(q(query), true);
  expect(slow.pagefind.length).toBeGreaterThan(0);
  expect(fast.urls).toEqual(slow.urls);
  expect(fast.status).toBe(slow.status);
});

// Lists that grow with the site: the 信息公开目录 in pages, the site map without every entry.
it('puts the 信息公开目录 in pages a phone can open, every item on one of them, each page valid and passing axe', async () => {
  const context = await site.browser.newContext({ viewport: PHONE, locale: 'zh-CN' });
  try {
    const page = await context.newPage();
    await page.goto(`${site.origin}/catalogue/`);
    const total = Number(/共 (\d+) 条/.exec((await page.locator('.lead').textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(DECISIONS);
    const count = Math.ceil(total / PAGE_ROWS);
    const seen: string[] = [];
    for (let current = 1; current <= count; current += 1) {
      if (current > 1) await page.goto(`${site.origin}${pagePath('/catalogue/', current)}`);
      const rows = await page.locator('tbody th a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      expect(rows).toHaveLength(current < count ? PAGE_ROWS : total - PAGE_ROWS * (count - 1));
      seen.push(...rows);
      expect(await page.locator('.pager [aria-current="page"]').first().textContent()).toBe(`第 ${current} 页`);
      expect(await page.title()).toContain(current > 1 ? `第 ${current} 页` : '政府信息公开目录');
      if (current === 2 || current === count) expect(await axeViolations(page)).toEqual([]);
    }
    expect(new Set(seen).size).toBe(total);
    // 下一页 and 上一页 lead where they say.
    await page.goto(`${site.origin}/catalogue/`);
    await page.getByRole('link', { name: '下一页' }).first().click();
    expect(new URL(page.url()).pathname).toBe('/catalogue/page/2/');
    await page.getByRole('link', { name: '上一页' }).first().click();
    expect(new URL(page.url()).pathname).toBe('/catalogue/');
    expect(readFileSync(join(dist, 'catalogue/index.html')).length).toBeLessThan(400_000);
  } finally {
    await context.close();
  }
});

it.each(['penalties', 'permits'] as const)('puts the %s list in pages: every published decision on one of them, later pages not indexed, axe clean', async (kind) => {
  const record = listKind(kind);
  if (!('name' in record.dataset)) throw new Error(`${kind} has no open data to count against`);
  const published = (JSON.parse(readFileSync(join(dist, `data/${record.dataset.name}.json`), 'utf8')) as { items: unknown[] }).items.length;
  expect(published).toBeGreaterThan(PAGE_ROWS);
  const count = Math.ceil(published / PAGE_ROWS);
  const context = await site.browser.newContext({ viewport: PHONE, locale: 'zh-CN' });
  try {
    const page = await context.newPage();
    const seen: string[] = [];
    for (let path: string | undefined = record.url, current = 1; path !== undefined; current += 1) {
      await page.goto(`${site.origin}${path}`);
      expect(new URL(page.url()).pathname).toBe(pagePath(record.url, current));
      const rows = await page.locator('tbody th a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      expect(rows).toHaveLength(current < count ? PAGE_ROWS : published - PAGE_ROWS * (count - 1));
      seen.push(...rows);
      expect(await page.locator('main [data-pagefind-body], [data-pagefind-body]').count()).toBe(current === 1 ? 1 : 0);
      if (current === 2) expect(await axeViolations(page)).toEqual([]);
      path = (await page.locator('main a[rel="next"]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? '')))[0];
      if (path === undefined) expect(current).toBe(count);
    }
    expect(new Set(seen).size).toBe(published);
    expect(seen.every((href) => href.startsWith(record.url))).toBe(true);
  } finally {
    await context.close();
  }
});

it('keeps the site map short: a long list is one line leading to it', async () => {
  const html = readFileSync(join(dist, 'sitemap/index.html'), 'utf8');
  expect(html.length).toBeLessThan(300_000);
  expect(html).toMatch(/<a href="\/enforcement\/penalties\/">行政处罚决定共 \d+ 条，请在列表中浏览<\/a>/);
  const context = await site.browser.newContext({ viewport: PHONE, locale: 'zh-CN' });
  try {
    const page = await context.newPage();
    await page.goto(`${site.origin}/sitemap/`);
    expect(await axeViolations(page)).toEqual([]);
  } finally {
    await context.close();
  }
});

it('writes the pages of a long list as valid HTML', () => {
  const files = ['catalogue/page/2/', 'enforcement/penalties/page/2/', 'enforcement/permits/', 'sitemap/'].map((path) => join(dist, path, 'index.html'));
  const result = spawnSync('java', ['-Xss4m', '-jar', createRequire(import.meta.url)('vnu-jar') as string, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (result.error) throw new Error(`无法运行 Java：${result.error.message}`);
  const { messages } = JSON.parse(result.stderr || result.stdout || '{"messages":[]}') as { messages: { url: string; lastLine?: number; message: string }[] };
  expect(messages.map((message) => `${message.url}:${message.lastLine ?? ''} ${message.message}`)).toEqual([]);
});
