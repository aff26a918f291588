// The search on a phone, where every request and every moved line costs: the results page shows
// the query, the filter panel and "正在搜索…" before Pagefind has answered, nothing on screen moves
// when the results arrive, what the page preloads or fetches ahead is what Pagefind asks for, and the
// header's search box fetches the index (or the ready answer) for the words typed before the form is
// sent (and nothing until it is used).
import { describe, expect, it } from 'vitest';
import { openPage, q, settled, useSite, PHONE } from './support.ts';

const site = useSite();

describe('the results page on a phone', () => {
  it('shows the query and that it is searching before Pagefind has answered', async () => {
    const context = await site.browser.newContext({ viewport: PHONE, locale: 'zh-CN' });
    try {
      const page = await context.newPage();
      // Neither Pagefind nor the ready answers ever answer: whatever shows came from the page and its own scripts.
      await page.route('**/pagefind/**', () => undefined);
      await page.route('**/search-common/**', () => undefined);
      await page.goto(`${site.origin}/search/${q('易地建设费')}`, { waitUntil: 'domcontentloaded' });
      await page.waitForFunction(() => document.getElementById('search-status')?.textContent === '正在搜索…');
      await expect(page.locator('#search-q').inputValue()).resolves.toBe('易地建设费');
      await expect(page.locator('#search-options').isVisible()).resolves.toBe(true);
      // The column list waits below the results, out of the way of the room kept for them.
      await expect(page.locator('nav.browse').isVisible()).resolves.toBe(false);
    } finally {
      await context.close();
    }
  });

  it('moves nothing on screen when the results arrive, and shows the column list after them', async () => {
    const context = await site.browser.newContext({ viewport: PHONE, locale: 'zh-CN' });
    try {
      const page = await context.newPage();
      await page.addInitScript(() => {
        const shifts: number[] = [];
        (window as unknown as { shifts: number[] }).shifts = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${site.origin}/search/${q('易地建设费')}`);
      expect(await settled(page)).toMatch(/^找到 \d+ 条结果/);
      // One more frame, so that a shift caused by the last change is reported.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100))));
      const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
      expect(shifts).toEqual([]);
      await expect(page.locator('nav.browse').isVisible()).resolves.toBe(true);
    } finally {
      await context.close();
    }
  });

  it('fetches ahead exactly the index chunks Pagefind then reads for the query', async () => {
    const context = await site.browser.newContext({ viewport: PHONE, locale: 'zh-CN' });
    try {
      const page = await context.newPage();
      const chunks: string[] = [];
      page.on('request', (request) => {
        const path = new URL(request.url()).pathname;
        if (path.startsWith('/pagefind/index/')) chunks.push(path);
      });
      // Two phrases: a query no ready answer holds (see search-ready.test.ts), so Pagefind searches.
      await page.goto(`${site.origin}/search/${q('易地建设费 缴纳')}`);
      expect(await settled(page)).toMatch(/^找到 \d+ 条结果/);
      // Each chunk twice: fetched ahead by the page (pagefind-ahead.ts), then asked for by Pagefind
      // (from the cache when the server allows it). A chunk once would be one named wrongly or missed.
      const counts = Object.values(Object.groupBy(chunks, (path) => path)).map((paths) => paths?.length);
      expect(counts.length).toBeGreaterThan(0);
      expect(counts).toEqual(counts.map(() => 2));
    } finally {
      await context.close();
    }
  });

  it.each([
    ['a query with a ready answer', '易地建设费', ['/pagefind/pagefind-entry.json']],
    ['a query Pagefind answers', '易地建设费 缴纳', ['/pagefind/pagefind-entry.json', '/pagefind/pagefind.js', '/pagefind/wasm.unknown.pagefind']],
  ])('uses everything it preloads for %s (the browser warns about a preload nobody asks for)', async (_what, query, expected) => {
    const { page, close } = await openPage(site, `/search/${q(query)}`);
    try {
      const warnings: string[] = [];
      page.on('console', (message) => {
        if (/preload/i.test(message.text())) warnings.push(message.text());
      });
      const preloaded = await page.locator('link[rel="preload"], link[rel="modulepreload"]').evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
      expect(preloaded.length).toBeGreaterThan(0);
      await settled(page);
      // The early script adds Pagefind's only when the search needs it.
      const all = await page.locator('link[rel="preload"], link[rel="modulepreload"]').evaluateAll((links) => links.map((link) => new URL((link as HTMLLinkElement).href).pathname));
      expect(all.sort()).toEqual([...expected].sort());
      for (const url of preloaded) expect((await page.request.get(url)).status(), url).toBe(200);
      // Chrome reports an unused preload from a timer, 3 s after the load event, and nothing when a
      // preload is used (the request that takes it never reaches the network, nor devtools), so
      // there is no event to wait for: only the time after which the warning would have come.
      await page.waitForTimeout(3500);
      expect(warnings).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('the header search box', () => {
  it.each([
    ['the index', '易地建设费 缴纳'],
    ['the ready answer', '易地建设费'],
  ])('fetches nothing of the search until it is used, then %s for the words typed', async (what, query) => {
    const { page, close } = await openPage(site, '/', { viewport: PHONE, hasTouch: true, isMobile: true, locale: 'zh-CN' });
    try {
      const fetched: string[] = [];
      page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
      // Everything the page itself loads has arrived, and none of it was the search's.
      await page.waitForLoadState('networkidle');
      expect(fetched.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
      const ready = what === 'the ready answer';
      // The answer's list (a file named by its content's hash), or a page's data found by Pagefind.
      const awaited = page.waitForRequest((request) => (ready ? /^\/search-common\/[0-9a-f]{16}\.json$/ : /^\/pagefind\/fragment\//).test(new URL(request.url()).pathname));
      await page.locator('#site-search-q').tap();
      await page.locator('#site-search-q').pressSequentially(query, { delay: 50 });
      await awaited;
      expect(fetched).toContain('/search-common/manifest.json');
      if (ready) {
        expect(fetched.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
      } else {
        expect(fetched).toContain('/pagefind/pagefind.js');
        expect(fetched.some((path) => path.startsWith('/pagefind/index/'))).toBe(true);
      }
      // And the form still goes to the search page, which finds the same.
      await page.locator('#site-search-q').press('Enter');
      await page.waitForURL(/\/search\/\?q=/);
      expect(await settled(page)).toMatch(/^找到 \d+ 条结果/);
    } finally {
      await close();
    }
  });
});
