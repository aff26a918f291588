// Annual reports in the built site: a report page with its catalogue, contents, heading levels,
// original for download and print styles; the 政府信息公开 tables drawn from data; the archive by
// year and kind; the figures page with its build-time charts. Every page passes axe.
import { describe, expect, it } from 'vitest';
import { DESKTOP, useSite, withPage, axeViolations } from './support.ts';

const site = useSite();

describe('a report page', () => {
  it('shows the catalogue header, a table of contents and headings at their levels', async () => {
    await withPage(site, '/reports/fzzf-2025/', async (page, status) => {
      expect(status).toBe(200);
      expect(await page.locator('h1').textContent()).toBe('示例市人民防空办公室2025年度法治政府建设情况报告');
      const catalogue = await page.locator('.catalogue dl').innerText();
      for (const text of ['索引号', '11990100MB1234567F/2026-00281', '发布机构', '文号', '示防办〔2026〕5号', '成文日期', '2026-02-24', '发布日期', '2026-03-10']) {
        expect(catalogue).toContain(text);
      }
      // 一、 is a section (h2), （一） a subsection (h3) inside it.
      expect(await page.locator('.report-body h2').allTextContents()).toEqual([
        '一、主要举措和成效', '二、存在的不足和原因', '三、党政主要负责人履行推进法治建设第一责任人职责情况', '四、下一年度主要安排', '五、其他需要报告的情况',
      ]);
      expect(await page.locator('.report-body h3').first().textContent()).toBe('（一）执法信息集中公示');
      // The contents list every section and subsection, and each link lands on its heading.
      const toc = page.getByRole('navigation', { name: '目录' });
      const links = await toc.locator('a').evaluateAll((anchors) => anchors.map((a) => [a.textContent, a.getAttribute('href')]));
      expect(links).toHaveLength(5 + 5 + 4);
      for (const [text, href] of links) {
        expect(await page.locator(`[id="${decodeURIComponent(String(href).slice(1))}"]`).textContent()).toBe(text);
      }
      expect(await page.locator('.signature p').allInnerTexts()).toEqual(['示例市人民防空办公室', '2026年2月24日']);
      expect(await page.locator('.signature time').getAttribute('datetime')).toBe('2026-02-24');
      expect(await page.locator('.report-figures dd').first().innerText()).toBe('57件');
      expect(await axeViolations(page)).toEqual([]);
    }, DESKTOP);
  });

  it('offers the original for download with its type and size, and the file is there', async () => {
    await withPage(site, '/reports/fzzf-2025/', async (page) => {
      const download = page.locator('.download');
      expect(await download.innerText()).toMatch(/^原件下载：示例市人民防空办公室2025年度法治政府建设情况报告（原件）（Word，\d+ KB）$/);
      const href = await download.locator('a').getAttribute('href');
      expect(href).toBe('/files/reports/files/fzzf-2025.docx');
      const response = await page.request.get(`${site.origin}${href}`);
      expect(response.status()).toBe(200);
      // A .docx is a zip: it starts with "PK".
      expect((await response.body()).subarray(0, 2).toString()).toBe('PK');
    });
  });

  it('draws the tables written in a report’s text inside named regions with column headers', async () => {
    await withPage(site, '/reports/zftj-2025/', async (page) => {
      expect(await page.locator('.report-kind').innerText()).toBe('行政执法统计年报 · 2025年度');
      const region = page.getByRole('region', { name: '正文表格2：检查类别、单位、数量' });
      expect(await region.locator('th[scope="col"]').allInnerTexts()).toEqual(['检查类别', '单位', '数量']);
      expect(await region.locator('tbody tr').first().locator('td').allInnerTexts()).toEqual(['在建人防工程质量监督检查', '项次', '203']);
      expect(await region.locator('td.align-right').first().evaluate((td) => getComputedStyle(td).textAlign)).toBe('end');
      expect(await page.locator('.download').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  it('prints without the contents and the download link', async () => {
    await withPage(site, '/reports/fzzf-2025/', async (page) => {
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('nav.toc').isVisible()).toBe(false);
      expect(await page.locator('.download').isVisible()).toBe(false);
      expect(await page.locator('.site-header').isVisible()).toBe(false);
      expect(await page.locator('.catalogue').isVisible()).toBe(true);
      expect(await page.locator('.report-body h2').first().evaluate((h) => getComputedStyle(h).breakAfter)).toBe('avoid');
    });
  });
});

describe('the 政府信息公开工作年度报告', () => {
  it('draws the statistical tables from data inside sections 二 to 四, with row and column headers', async () => {
    await withPage(site, '/reports/xxgk-2025/', async (page) => {
      // Each table follows its own section's heading.
      const order = await page.locator('.report-body > h2, .report-body caption').allTextContents();
      expect(order.slice(0, 8)).toEqual([
        '一、总体情况', '二、主动公开政府信息情况', '第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项',
        '三、收到和处理政府信息公开申请情况', '收到和处理政府信息公开申请情况',
      ]);
      expect(order[8]).toBe('四、政府信息公开行政复议、行政诉讼情况');
      expect(order[9]).toBe('政府信息公开行政复议、行政诉讼情况');
      expect(await page.locator('table:has(caption:text("第二十条第（八）项")) td').innerText()).toBe('1268.40');

      // Section 三: every number names its column, its row and the row's groups.
      const table = page.locator('table.requests');
      const cell = table.locator('tr:has(th:text-is("1.属于国家秘密")) td').first();
      expect(await cell.innerText()).toBe('1');
      const headers = (await cell.getAttribute('headers'))?.split(' ') ?? [];
      const named = await Promise.all(headers.map((id) => page.locator(`[id="${id}"]`).innerText()));
      expect(named).toEqual(['申请人情况', '自然人', '三、本年度办理结果', '（三）不予公开', '1.属于国家秘密']);
      const total = table.locator('tr:has(th:text-is("（七）总计")) td');
      expect(await total.allInnerTexts()).toEqual(['5', '2', '0', '0', '1', '0', '8']);

      const reviews = page.locator('table:has(caption:text("政府信息公开行政复议、行政诉讼情况"))');
      expect(await reviews.locator('tbody th[scope="row"]').allInnerTexts()).toEqual(['行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）']);
      expect(await reviews.locator('tbody tr').first().locator('td').allInnerTexts()).toEqual(['1', '0', '0', '0', '1']);
      expect(await axeViolations(page)).toEqual([]);
    }, DESKTOP);
  });

  it('passes axe on a phone, where the wide table scrolls inside its region', async () => {
    await withPage(site, '/reports/xxgk-2025/', async (page) => {
      const region = page.getByRole('region', { name: '收到和处理政府信息公开申请情况表' });
      expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
    });
  });
});

describe('the archive', () => {
  it('lists the reports by year and kind', async () => {
    await withPage(site, '/reports/', async (page, status) => {
      expect(status).toBe(200);
      const overview = page.getByRole('table', { name: '各年度已发布的年度报告' });
      expect(await overview.locator('thead th').allInnerTexts()).toEqual(['报告年度', '法治政府建设年度报告', '政府信息公开工作年度报告', '行政执法统计年报']);
      expect(await overview.locator('tbody tr').first().innerText()).toBe('2025年度\t2026-03-10 发布\t2026-01-23 发布\t2026-01-20 发布');
      expect(await overview.locator('tbody tr').nth(1).innerText()).toBe('2024年度\t2025-03-06 发布\t未发布\t未发布');
      expect(await page.locator('section > h2').allInnerTexts()).toEqual(['2025年度', '2024年度']);
      expect(await page.locator('#year-2025 + ul h3').allInnerTexts()).toEqual([
        '示例市人民防空办公室2025年度法治政府建设情况报告', '示例市人民防空办公室2025年政府信息公开工作年度报告', '示例市人民防空办公室2025年度行政执法统计年报',
      ]);
      await page.getByRole('link', { name: '示例市人民防空办公室2024年度法治政府建设情况报告' }).click();
      await page.waitForURL(/\/reports\/fzzf-2024\/$/);
    }, DESKTOP);
    await withPage(site, '/reports/', async (page) => {
      expect(await axeViolations(page)).toEqual([]);
    });
  });
});

describe('the figures page', () => {
  it('draws each figure across years as SVG built with the page, with the numbers as a table', async () => {
    await withPage(site, '/reports/figures/', async (page, status) => {
      expect(status).toBe(200);
      expect(await page.locator('h1').textContent()).toBe('各年度主要数据');
      // No client script draws anything: the charts are in the HTML as delivered.
      expect(await page.locator('main script').count()).toBe(0);
      const section = page.locator('section:has(h2:text("行政许可决定"))');
      const chart = section.locator('svg[role="img"]');
      expect(await chart.locator('title').textContent()).toBe('行政许可决定柱状图：2024年 51件，2025年 57件');
      expect(await chart.locator('rect').count()).toBe(2);
      expect(await chart.locator('text.year').allTextContents()).toEqual(['2024年', '2025年']);
      const rows = await section.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => (cell as HTMLElement).innerText)));
      expect(rows).toEqual([
        ['2024年', '51', '—', '示例市人民防空办公室2024年度法治政府建设情况报告'],
        ['2025年', '57', '+6', '示例市人民防空办公室2025年度法治政府建设情况报告、示例市人民防空办公室2025年政府信息公开工作年度报告、示例市人民防空办公室2025年度行政执法统计年报'],
      ]);
      // At least two years for the sample office's figures.
      const years = await page.locator('svg text.year').allTextContents();
      expect(new Set(years)).toEqual(new Set(['2024年', '2025年']));
      expect(await axeViolations(page)).toEqual([]);
    }, DESKTOP);
  });
});
