// The ready answers of a small site (src/lib/search-common/ready.ts): a results page opened at a
// phrase with a list shows it without Pagefind, and shows exactly what Pagefind's own search on
// the page gives when the lists cannot be fetched: the same status, the same results in the same
// order with the same badges and excerpts, over every page of 更多结果, and the same filter counts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { COMMON_DIR, MANIFEST, type CommonManifest } from '../../src/lib/search-common/format.ts';
import { DIST, q, settled, useSite } from './support.ts';

const site = useSite();
const manifest = JSON.parse(readFileSync(join(DIST, COMMON_DIR, MANIFEST), 'utf8')) as CommonManifest;
const listed = Object.keys(manifest.phrases);

/** Phrases citizens type that the sample's titles hold, and a spread of the rest of the manifest. */
const phrases = [...new Set([...['易地建设费', '防空地下室', '竣工验收', '人防工程', '警报设施', '行政处罚'].filter((phrase) => listed.includes(phrase)), ...listed.filter((_, index) => index % 40 === 0)])];

interface Shown {
  status: string;
  results: string[];
  options: string[];
  pagefindLoaded: boolean;
}

/** Everything the results page shows for `phrase`, after opening every page of 更多结果. */
async function shownFor(phrase: string, withoutLists: boolean): Promise<Shown> {
  const context = await site.browser.newContext({ locale: 'zh-CN' });
  let pagefindLoaded = false;
  try {
    // Without the lists the page falls back to Pagefind, as for any phrase that has none.
    if (withoutLists) await context.route(`**/${COMMON_DIR}/**`, (route) => route.abort());
    const page: Page = await context.newPage();
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/pagefind/pagefind.js') pagefindLoaded = true;
    });
    await page.goto(`${site.origin}/search/${q(phrase)}`);
    const status = await settled(page);
    const more = page.locator('#search-more');
    while (await more.isVisible()) {
      const before = await page.locator('#search-results > li').count();
      await more.click();
      // A page of 更多结果 is shown in batches; the button hides (or the page is whole) in the same task as the last.
      await page.waitForFunction((count) => document.querySelectorAll('#search-results > li').length >= count + 20 || (document.getElementById('search-more') as HTMLButtonElement).hidden, before);
    }
    const results = await page.locator('#search-results > li').evaluateAll((items) => items.map((item) => item.innerHTML));
    const options = await page.locator('#search-options select option').evaluateAll((items) => items.map((item) => `${item.parentElement?.id}:${item.textContent}`));
    return { status, results, options, pagefindLoaded };
  } finally {
    await context.close();
  }
}

describe('ready answers on the sample site', () => {
  it('has lists for the phrases of its titles', () => {
    expect(listed.length).toBeGreaterThan(100);
    expect(phrases.length).toBeGreaterThan(10);
  });

  it.each(phrases)('%s: the list shows what Pagefind would, without loading Pagefind', async (phrase) => {
    const ready = await shownFor(phrase, false);
    const searched = await shownFor(phrase, true);
    expect(ready.pagefindLoaded).toBe(false);
    expect(searched.pagefindLoaded).toBe(true);
    expect(ready.status).toMatch(/^找到 \d+ 条结果$/);
    expect(ready.status).toBe(searched.status);
    expect(ready.results).toEqual(searched.results);
    expect(ready.options).toEqual(searched.options);
  });
});
