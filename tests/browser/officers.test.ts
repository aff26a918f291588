// The officer look-up: a business enters a 执法证号 or a name and learns whether the person is a
// current officer, of which subject, for which area and category, and the certificate's status.
// It answers from the search index (with JavaScript) and from the static directory (without).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSite, openPage, axeViolations, type Site } from './support.ts';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.stop();
});

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
  it('a revoked certificate: the first result is the officer, marked 注销', async () => {
    const { page, close } = await openPage(site, '/enforcement/officers/');
    try {
      const [first] = await lookUp(page, '99010021006');
      expect(first?.href).toBe('/enforcement/officers/99010021006/');
      expect(first?.text).toContain('孙国栋');
      expect(first?.text).toContain('证件注销');
    } finally {
      await close();
    }
  });

  it('a current certificate: the first result is the officer, marked 有效', async () => {
    const { page, close } = await openPage(site, '/enforcement/officers/');
    try {
      const [first] = await lookUp(page, '99010021001');
      expect(first?.href).toBe('/enforcement/officers/99010021001/');
      expect(first?.text).toContain('证件有效');
    } finally {
      await close();
    }
  });

  it('a name finds the officer too', async () => {
    const { page, close } = await openPage(site, '/enforcement/officers/');
    try {
      const [first] = await lookUp(page, '赵振宇');
      expect(first?.href).toBe('/enforcement/officers/99010021005/');
      expect(first?.text).toContain('证件暂扣');
    } finally {
      await close();
    }
  });

  it('a number nobody holds is reported as not found, not matched by its digits elsewhere', async () => {
    const { page, close } = await openPage(site, '/enforcement/officers/');
    try {
      await page.locator('#officer-q').fill('99010021999');
      await page.locator('#officer-q').press('Enter');
      await page.waitForURL(/\/search\/\?q=/);
      await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '').startsWith('未查到'));
      await expect(page.locator('#search-status').textContent()).resolves.toBe('未查到执法证号 99010021999 的执法人员，请核对号码；证件状态以本页为准。');
      expect(await page.locator('#search-results li').count()).toBe(0);
    } finally {
      await close();
    }
  });

  it('the address of a number nobody holds says so, still answering 404', async () => {
    const { page, close } = await openPage(site, '/enforcement/officers/99019999999/');
    try {
      await expect(page.locator('#not-found-officer h1').textContent()).resolves.toBe('查无此证');
      await expect(page.locator('#not-found-officer .verdict').textContent()).resolves.toContain('未查到执法证号 99019999999 的执法人员');
      await expect(page.locator('#not-found-page').isVisible()).resolves.toBe(false);
    } finally {
      await close();
    }
  });
});

describe('without JavaScript, from the static directory', () => {
  async function openWithoutScript(path: string) {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(`${site.origin}${path}`);
    return { page, status: response?.status() ?? 0, close: () => context.close() };
  }

  it('lists every certificate with its status, each row reachable by its 执法证号', async () => {
    const { page, status, close } = await openWithoutScript('/enforcement/officers/#cert-99010021006');
    try {
      expect(status).toBe(200);
      const row = (id: string) => page.locator(`#cert-${id}`).textContent();
      await expect(row('99010021006')).resolves.toMatch(/孙国栋.*示例市人民防空办公室.*人民防空.*示例市.*注销（2025-09-30起）/);
      await expect(row('99010021005')).resolves.toMatch(/赵振宇.*暂扣/);
      await expect(row('99010021001')).resolves.toMatch(/周建华.*示例市人民防空办公室.*有效/);
      await expect(row('99010022001')).resolves.toContain('示例市人民防空工程质量监督站');
    } finally {
      await close();
    }
  });

  it('a revoked certificate’s own page says the holder may not carry out enforcement', async () => {
    const { page, status, close } = await openWithoutScript('/enforcement/officers/99010021006/');
    try {
      expect(status).toBe(200);
      await expect(page.locator('h1').textContent()).resolves.toBe('孙国栋（执法证号 99010021006，证件注销）');
      await expect(page.locator('#standing').textContent()).resolves.toContain('目前不是有效的执法人员，不得从事行政执法');
      await expect(page.locator('main').textContent()).resolves.toContain('行政复议');
    } finally {
      await close();
    }
  });

  it('a current certificate’s page names the subject, area and category', async () => {
    const { page, close } = await openWithoutScript('/enforcement/officers/99010021001/');
    try {
      await expect(page.locator('#standing').textContent()).resolves.toBe(
        '执法证号 99010021001 的证件有效：周建华是示例市人民防空办公室的执法人员，可以在示例市从事人民防空行政执法。',
      );
    } finally {
      await close();
    }
  });

  it('an unknown 执法证号 has no page', async () => {
    const { status, close } = await openWithoutScript('/enforcement/officers/99019999999/');
    await close();
    expect(status).toBe(404);
  });
});

describe.each(['/enforcement/officers/', '/enforcement/officers/99010021006/', '/enforcement/officers/99010021005/'])('%s', (path) => {
  it('passes axe', async () => {
    const { page, close } = await openPage(site, path);
    try {
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await close();
    }
  });
});
