// Journeys with the keyboard alone, the 关怀版 and forced colours: what axe cannot judge.
import { describe, expect, it } from 'vitest';
import { DESKTOP, useSite, withPage, axeViolations } from './support.ts';

const site = useSite();

describe('keyboard only', () => {
  it('skips to the content with the first Tab', async () => {
    await withPage(site, '/services/', async (page) => {
      await page.keyboard.press('Tab');
      await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('跳到正文');
      await expect(page.locator('.skip-link').isVisible()).resolves.toBe(true);
      await page.keyboard.press('Enter');
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    });
  });

  it('finds a service guide by search and opens it', async () => {
    await withPage(site, '/', async (page) => {
      // Tab to the header search box, type, submit, then Tab through to the first result.
      for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.id)) !== 'site-search-q'; i++) await page.keyboard.press('Tab');
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search-q');
      await page.keyboard.type('竣工验收备案');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/search\/\?q=/);
      const guide = page.locator('#search-results a[href^="/services/"]').first();
      await guide.waitFor();
      const href = await guide.getAttribute('href');
      expect(href).toBe('/services/RF-QT-001-01/');
      for (let i = 0; i < 60 && (await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href'))) !== href; i++) await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/services\/RF-QT-001-01\/$/);
      await expect(page.locator('h1').textContent()).resolves.toBe('人民防空工程竣工验收备案');
    }, DESKTOP);
  });

  it('looks up an officer by certificate number', async () => {
    await withPage(site, '/enforcement/officers/', async (page) => {
      const link = page.locator('main a[href="/enforcement/officers/99010021006/"]').first();
      for (let i = 0; i < 80 && (await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href'))) !== '/enforcement/officers/99010021006/'; i++) await page.keyboard.press('Tab');
      await expect(link.evaluate((node) => node === document.activeElement)).resolves.toBe(true);
      // The focused link is visibly outlined.
      await expect(link.evaluate((node) => getComputedStyle(node).outlineStyle)).resolves.not.toBe('none');
      await page.keyboard.press('Enter');
      await page.waitForURL(/99010021006\/$/);
      await expect(page.locator('main').textContent()).resolves.toContain('注销');
    }, DESKTOP);
  });
});

describe('关怀版', () => {
  it('is switched from any page, remembered on the next, and keeps the page accessible', async () => {
    await withPage(site, '/services/RF-XK-001-01/', async (page) => {
      const before = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
      const toggle = page.locator('[data-care-toggle]');
      await expect(toggle.isVisible()).resolves.toBe(true);
      await toggle.click();
      await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
      const after = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
      expect(after).toBeGreaterThanOrEqual(before * 1.2);
      await page.goto(`${site.origin}/enforcement/officers/`);
      await expect(page.locator('html').getAttribute('data-care')).resolves.toBe('on');
      // Nothing overflows the phone's width except the tables, which scroll inside their region.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await axeViolations(page)).toEqual([]);
      await page.locator('[data-care-toggle]').click();
      await page.reload();
      await expect(page.locator('html').getAttribute('data-care')).resolves.toBeNull();
    });
  });

  it('is absent without JavaScript, leaving the standard page', async () => {
    await withPage(site, '/', async (page) => {
      await expect(page.locator('[data-care-toggle]').isVisible()).resolves.toBe(false);
      await expect(page.locator('h2#for-citizens').isVisible()).resolves.toBe(true);
    }, { viewport: DESKTOP, javaScriptEnabled: false });
  });
});

describe('forced colours', () => {
  it('keeps focus and boundaries visible in high-contrast mode', async () => {
    await withPage(site, '/enforcement/officers/', async (page) => {
      const badge = page.locator('.badge').first();
      await expect(badge.evaluate((node) => getComputedStyle(node).borderTopStyle)).resolves.toBe('solid');
      expect(await axeViolations(page)).toEqual([]);
    }, { viewport: DESKTOP, forcedColors: 'active' });
  });
});
