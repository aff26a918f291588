// Every kind has a list and a detail page filled from the sample office, in Chinese, with the
// required <meta> tags, and no accessibility violations.
import { expect, it } from 'vitest';
import { useSite, withPage, axeViolations, eachPagePassesAxe } from './support.ts';

const site = useSite();

const pages: [string, string, string][] = [
  ['首页', '/', '示例市人民防空办公室'],
  ['权力清单', '/powers/', '权力清单'],
  ['权力事项', '/powers/RF-XK-003/', '拆除人民防空工程审批'],
  ['责任清单', '/responsibilities/', '责任清单'],
  ['责任事项', '/responsibilities/RF-CF-001/', '责任清单'],
  ['职责边界', '/duties/', '部门职责与职责边界'],
  ['服务指南列表', '/services/', '服务指南'],
  ['服务指南', '/services/RF-XK-001-01/', '城市新建民用建筑修建防空地下室审批'],
  ['执法公示', '/enforcement/', '行政执法公示'],
  ['执法主体列表', '/enforcement/subjects/', '执法主体'],
  ['执法主体', '/enforcement/subjects/11990100MB1234567F/', '示例市人民防空办公室'],
  ['执法人员列表', '/enforcement/officers/', '执法人员'],
  ['执法人员', '/enforcement/officers/99010021001/', ''],
  ['执法事项列表', '/enforcement/matters/', '行政执法事项清单'],
  ['执法事项', '/enforcement/matters/ZF-003/', ''],
  ['抽查事项列表', '/enforcement/inspection-items/', '随机抽查事项清单'],
  ['抽查事项', '/enforcement/inspection-items/CC-001/', ''],
  ['抽查计划列表', '/enforcement/inspections/', '抽查计划与结果'],
  ['抽查计划与结果', '/enforcement/inspections/2025/', ''],
  ['处罚决定列表', '/enforcement/penalties/', '行政处罚决定'],
  ['处罚决定', '/enforcement/penalties/CF-2025-001/', '行政处罚决定'],
  ['许可决定列表', '/enforcement/permits/', '行政许可决定'],
  ['许可决定', '/enforcement/permits/XK-2025-001/', ''],
  ['年度报告列表', '/reports/', '年度报告'],
  ['年度报告', '/reports/fzzf-2025/', '法治政府建设'],
  ['信息公开指南', '/guide/', '政府信息公开指南'],
  ['网站地图', '/sitemap/', '网站地图'],
  ['搜索', '/search/', '搜索'],
];

eachPagePassesAxe(site, pages, 'renders in Chinese with the government-site meta tags and passes axe', async (page, [, , heading]) => {
  expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
  const h1 = (await page.locator('h1').first().textContent()) ?? '';
  expect(h1.trim().length).toBeGreaterThan(1);
  expect(h1).toContain(heading);
  for (const name of ['SiteName', 'SiteDomain', 'SiteIDCode', 'ColumnName', 'ColumnType']) {
    expect(await page.locator(`meta[name="${name}"]`).getAttribute('content'), name).toBeTruthy();
  }
  await expect(page.locator('footer').textContent()).resolves.toContain('网站标识码');
});

it('answers an unknown address with the 404 page', async () => {
  await withPage(site, '/no-such-page/', async (page, status) => {
    expect(status).toBe(404);
    expect(await page.locator('h1:visible').textContent()).toBe('页面不存在');
    expect(await axeViolations(page)).toEqual([]);
  });
});

it('leads from the home page and the guide to 依申请公开, filed under the guide in the menu', async () => {
  for (const path of ['/', '/guide/']) {
    await withPage(site, path, async (page) => {
      expect(await page.locator('main a[href="/apply/"]').count(), path).toBeGreaterThan(0);
    });
  }
  await withPage(site, '/apply/', async (page) => {
    expect(await page.locator('.main-nav a[aria-current="page"]').allTextContents()).toEqual(['信息公开指南']);
  });
});

it('sends a business owner from the home page to the page that explains complaint, 复议 and 诉讼', async () => {
  await withPage(site, '/', async (page) => {
    await page.locator('main a', { hasText: '投诉举报与复议诉讼渠道' }).click();
    await page.waitForURL(/\/enforcement\/remedies\/$/);
    expect(await page.locator('h1').textContent()).toContain('行政复议');
  });
});

it('shows article meta with the content date, not the build date', async () => {
  await withPage(site, '/reports/fzzf-2025/', async (page) => {
    expect(await page.locator('meta[name="PubDate"]').getAttribute('content')).toBe('2026-03-10 00:00');
    expect(await page.locator('meta[name="ArticleTitle"]').getAttribute('content')).toContain('法治政府建设');
  });
});

it('finds a service guide through the search box', async () => {
  await withPage(site, '/', async (page) => {
    await page.locator('#home-q').fill('防空地下室');
    await page.locator('#home-q').press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await page.locator('#search-results li').first().waitFor();
    const titles = await page.locator('#search-results li a').allTextContents();
    expect(titles.some((title) => title.includes('防空地下室'))).toBe(true);
    await expect(page.locator('#search-status').textContent()).resolves.toMatch(/找到 \d+ 条结果/);
  });
});
