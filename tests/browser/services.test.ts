// A service guide a citizen can act on: every 实施清单 element on the page, printable on A4 with
// the navigation hidden and the flowchart kept; powers linked both ways.
import { describe, expect, it } from 'vitest';
import { DESKTOP, useSite, withPage, axeViolations } from './support.ts';

const site = useSite();

describe('the guide RF-XK-001-01', () => {
  const path = '/services/RF-XK-001-01/';

  it('shows every element of the national 实施清单', async () => {
    await withPage(site, path, async (page) => {
      const summary = page.locator('section.summary');
      for (const term of ['承诺办结时限', '法定办结时限', '到办事现场次数', '是否收费', '网上办理', '咨询电话', '监督投诉电话']) {
        await expect(summary.locator('dt', { hasText: term }).count(), term).resolves.toBe(1);
      }
      await expect(summary.textContent()).resolves.toContain('7 个工作日');
      await expect(summary.textContent()).resolves.toContain('20 个工作日');
      const headings = await page.locator('main h2').allTextContents();
      for (const heading of ['基本信息', '设定依据', '受理条件', '申请材料', '办理流程', '办理地点和时间', '审批结果', '常见问题']) {
        expect(headings, heading).toContain(heading);
      }
      const materialHeaders = await page.locator('table thead th').allTextContents();
      expect(materialHeaders).toEqual(['序号', '材料名称', '原件/复印件', '份数', '纸质/电子', '必要性', '来源渠道', '表格和示例']);
      // The blank form and the sample download, with their type and size shown.
      const form = page.locator('table tbody a', { hasText: '申请表（空白）' });
      expect(await form.getAttribute('href')).toBe('/files/services/files/RF-XK-001-01/application-form.pdf');
      await expect(form.locator('xpath=following-sibling::span[1]').textContent()).resolves.toMatch(/^（PDF，\d+ KB）$/);
      const download = await fetch(`${site.origin}/files/services/files/RF-XK-001-01/application-form.pdf`);
      expect(download.status).toBe(200);
      expect(new TextDecoder().decode((await download.arrayBuffer()).slice(0, 5))).toBe('%PDF-');
      await expect(page.locator('main h2:has-text("审批结果") + p a').textContent()).resolves.toBe('防空地下室建设审批意见书（样本）');
      expect(await page.locator('table tbody tr').count()).toBe(7);
      // 设定依据 links to the power-list entry.
      await expect(page.locator('a[href="/powers/RF-XK-001/"]').count()).resolves.toBeGreaterThan(0);
      // The same steps as a flowchart and as an ordered list.
      const steps = await page.locator('ol.steps > li > strong').allTextContents();
      expect(steps).toEqual(['申请', '受理', '一次性告知补正', '出具不予受理通知书', '审查', '准予许可决定', '送达', '不予许可决定', '告知复议或者诉讼途径']);
      const boxes = await page.locator('figure.flowchart svg text.label').allTextContents();
      expect(boxes).toEqual(steps);
      // An image named by its caption and described in its <desc>, beside the steps in words.
      expect(await page.locator('figure.flowchart svg').getAttribute('role')).toBe('img');
      expect(await page.locator('figure.flowchart svg > title').textContent()).toBeTruthy();
      expect(await page.locator('details').count()).toBeGreaterThanOrEqual(2);
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  it('prints with the navigation hidden, the flowchart and the answers visible, link addresses written out', async () => {
    await withPage(site, path, async (page) => {
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('header.site-header').isVisible()).resolves.toBe(false);
      await expect(page.locator('nav[aria-label="主导航"]').isVisible()).resolves.toBe(false);
      await expect(page.locator('footer.site-footer').isVisible()).resolves.toBe(false);
      await expect(page.locator('figure.flowchart svg').isVisible()).resolves.toBe(true);
      await expect(page.locator('details p').first().isVisible()).resolves.toBe(true);
      const onlineLinkAfter = await page.locator('section.summary a[href^="http"]').evaluate((link) => getComputedStyle(link, '::after').content);
      expect(onlineLinkAfter).toContain('https://');
      // A4 portrait at 96 dpi; the guide fits on a few pages.
      const pdf = await page.pdf({ format: 'A4', printBackground: false });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      expect(pages).toBeGreaterThan(0);
      console.log(`RF-XK-001-01 prints on ${pages} A4 pages`);
      expect(pages).toBeLessThanOrEqual(4);
    }, DESKTOP);
  });
});

describe('a guide that charges nothing itself', () => {
  it('says why, and names the fee charged elsewhere', async () => {
    await withPage(site, '/services/RF-XK-002-01/', async (page) => {
      const fee = page.locator('.summary div', { has: page.locator('dt', { hasText: '是否收费' }) }).locator('dd');
      await expect(fee.textContent()).resolves.toMatch(/^不收费。.*易地建设费/);
    });
  });
});

describe('powers and what derives from them', () => {
  it('a power links to its responsibility entry, its guides and its enforcement matters, and each links back', async () => {
    await withPage(site, '/powers/RF-XK-003/', async (page) => {
      const related = page.locator('main h2:has-text("相关信息") + ul');
      await expect(related.locator('a[href="/responsibilities/RF-XK-003/"]').count()).resolves.toBe(1);
      await expect(related.locator('a[href="/services/RF-XK-003-01/"]').count()).resolves.toBe(1);
      await expect(related.locator('a[href="/services/RF-XK-003-02/"]').count()).resolves.toBe(1);
      await expect(related.locator('a[href^="/enforcement/matters/"]').count()).resolves.toBe(1);
      const matterHref = await related.locator('a[href^="/enforcement/matters/"]').getAttribute('href');
      for (const back of ['/responsibilities/RF-XK-003/', '/services/RF-XK-003-01/', matterHref!]) {
        await page.goto(`${site.origin}${back}`);
        await expect(page.locator('main a[href="/powers/RF-XK-003/"]').count(), back).resolves.toBeGreaterThan(0);
      }
    });
  });

  it('filters the power list by type without JavaScript, with counts', async () => {
    await withPage(site, '/powers/', async (page) => {
      const filter = page.locator('nav[aria-label="按权力类型筛选"]');
      await expect(filter.locator('a', { hasText: '全部（14）' }).count()).resolves.toBe(1);
      await filter.locator('a', { hasText: /^行政许可（\d+）$/ }).click();
      await page.waitForURL(/\/powers\/type\/01\/$/);
      const types = await page.locator('tbody tr td:nth-child(3)').allTextContents();
      expect(types.length).toBe(6);
      expect(new Set(types)).toEqual(new Set(['行政许可']));
    }, { viewport: DESKTOP, javaScriptEnabled: false });
    // axe runs as a script, so the accessibility check uses a page with JavaScript.
    await withPage(site, '/powers/type/01/', async (page) => {
      expect(await axeViolations(page)).toEqual([]);
    });
  });
});

describe('open data', () => {
  it('serves each list as CSV with a BOM and as JSON, linked from the list pages', async () => {
    await withPage(site, '/services/', async (page) => {
      const csvHref = await page.locator('.data-links a', { hasText: 'CSV' }).getAttribute('href');
      expect(csvHref).toBe('/data/services.csv');
      const csv = await (await fetch(`${site.origin}${csvHref}`)).arrayBuffer();
      expect([...new Uint8Array(csv.slice(0, 3))]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder().decode(csv);
      expect(text.split('\r\n')[0]).toContain('实施编码,基本编码,事项名称');
      const json = (await (await fetch(`${site.origin}/data/services.json`)).json()) as { items: { code: string }[] };
      expect(json.items.map((item) => item.code)).toContain('RF-XK-001-01');
      expect(json.items).toHaveLength(9);
    });
  });

  it('describes the fields of every list', async () => {
    await withPage(site, '/data/', async (page) => {
      await expect(page.locator('#services table tbody tr').count()).resolves.toBeGreaterThan(20);
      expect(await axeViolations(page)).toEqual([]);
    });
  });
});
