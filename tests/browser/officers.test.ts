// The officer look-up: a business enters a 执法证号 or a name and learns whether the person is a
// current officer, of which subject, for which area and category, and the certificate's status.
// It answers from the search index (with JavaScript) and from the static directory (without).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite, withPage, eachPagePassesAxe } from './support.ts';

const site = useSite();

/** The search results as [link, title text, excerpt] after submitting `query` in the look-up form. */
async function lookUp(page: Page, query: string): Promise<{ href: string; text: string }[]> {
  await page.locator('#officer-q').fill(query);
  await page.locator('#officer-q').press('Enter');
  await page.waitForURL(/\/search\/\?q=/);
  await page.locator('#search-results li').first().waitFor();
  return page.locator('#search-results li').evaluateAll((items) =>
    items.map((item) => ({ href: item.querySelector('a')?.getAttribute('href') ?? '', text: item.textContent ?? '' })),
  );
}

describe('with JavaScript, through the search index', () => {
  // [test, what is typed, the first result, what that result must say]
  it.each([
    ['a revoked certificate: the first result is the officer, marked 注销', '99010021006', '/enforcement/officers/99010021006/', ['孙国栋', '证件注销']],
    ['a current certificate: the first result is the officer, marked 有效', '99010021001', '/enforcement/officers/99010021001/', ['证件有效']],
    ['a name finds the officer too', '赵振宇', '/enforcement/officers/99010021005/', ['证件暂扣']],
  ])('%s', async (_test, query, href, texts) => {
    await withPage(site, '/enforcement/officers/', async (page) => {
      const [first] = await lookUp(page, query);
      expect(first?.href).toBe(href);
      for (const text of texts) expect(first?.text).toContain(text);
    });
  });

  it('a number nobody holds is reported as not found, not matched by its digits elsewhere', async () => {
    await withPage(site, '/enforcement/officers/', async (page) => {
      await page.locator('#officer-q').fill('99010021999');
      await page.locator('#officer-q').press('Enter');
      await page.waitForURL(/\/search\/\?q=/);
      await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '').startsWith('未查到'));
      await expect(page.locator('#search-status').textContent()).resolves.toBe('未查到执法证号 99010021999 的执法人员，请核对号码；证件状态以本页为准。');
      expect(await page.locator('#search-results li').count()).toBe(0);
      // The tips are about checking the number, not about choosing other words.
      await expect(page.locator('#search-empty-number').isVisible()).resolves.toBe(true);
      await expect(page.locator('#search-empty-words').isVisible()).resolves.toBe(false);
    });
  });

  it('the address of a number nobody holds says so, still answering 404', async () => {
    await withPage(site, '/enforcement/officers/99019999999/', async (page) => {
      await expect(page.locator('#not-found-officer h1').textContent()).resolves.toBe('查无此证');
      await expect(page.locator('#not-found-officer .verdict').textContent()).resolves.toContain('未查到执法证号 99019999999 的执法人员');
      await expect(page.locator('#not-found-page').isVisible()).resolves.toBe(false);
    });
  });
});

describe('without JavaScript, from the static directory', () => {
  const NO_SCRIPT = { javaScriptEnabled: false };

  it('lists every certificate with its status, each row reachable by its 执法证号', async () => {
    await withPage(site, '/enforcement/officers/#cert-99010021006', async (page, status) => {
      expect(status).toBe(200);
      const row = (id: string) => page.locator(`#cert-${id}`).textContent();
      await expect(row('99010021006')).resolves.toMatch(/孙国栋.*示例市人民防空办公室.*人民防空.*示例市.*注销（2025-09-30起）/);
      await expect(row('99010021005')).resolves.toMatch(/赵振宇.*暂扣/);
      await expect(row('99010021001')).resolves.toMatch(/周建华.*示例市人民防空办公室.*有效/);
      await expect(row('99010022001')).resolves.toContain('示例市人民防空工程质量监督站');
    }, NO_SCRIPT);
  });

  it('a revoked certificate’s own page says the holder may not carry out enforcement', async () => {
    await withPage(site, '/enforcement/officers/99010021006/', async (page, status) => {
      expect(status).toBe(200);
      await expect(page.locator('h1').textContent()).resolves.toBe('孙国栋（执法证号 99010021006，证件注销）');
      await expect(page.locator('#standing').textContent()).resolves.toContain('目前不是有效的执法人员，不得从事行政执法');
      await expect(page.locator('main').textContent()).resolves.toContain('行政复议');
    }, NO_SCRIPT);
  });

  it('a current certificate’s page names the subject, area and category', async () => {
    await withPage(site, '/enforcement/officers/99010021001/', async (page) => {
      await expect(page.locator('#standing').textContent()).resolves.toBe(
        '执法证号 99010021001 的证件有效：周建华是示例市人民防空办公室的执法人员，可以在示例市从事人民防空行政执法。',
      );
    }, NO_SCRIPT);
  });

  it('an unknown 执法证号 has no page', async () => {
    expect(await withPage(site, '/enforcement/officers/99019999999/', async (_page, status) => status, NO_SCRIPT)).toBe(404);
  });
});

eachPagePassesAxe(
  site,
  [
    ['执法人员', '/enforcement/officers/'],
    ['证件注销', '/enforcement/officers/99010021006/'],
    ['证件暂扣', '/enforcement/officers/99010021005/'],
  ],
  'passes axe',
);
