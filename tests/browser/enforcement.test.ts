// Enforcement disclosure (行政执法公示): every list has a page filled from the sample office and
// linked from the hub, every enforcement page says how to complain and appeal, decisions carry
// the 双公示 fields, flowcharts have a text alternative, and 文书样本 download as the real files.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, ROOT, useSite, withPage, eachPagePassesAxe } from './support.ts';

const site = useSite();

// [heading, path]
const pages: [string, string][] = [
  ['音像记录事项清单', '/enforcement/recording-items/'],
  ['代履行等行政强制措施的实施', '/enforcement/recording-items/YX-003/'],
  ['重大执法决定法制审核目录清单', '/enforcement/legal-review-items/'],
  ['较大数额罚款', '/enforcement/legal-review-items/FS-001/'],
  ['行政执法流程图', '/enforcement/flows/'],
  ['行政处罚一般程序流程图', '/enforcement/flows/LC-001/'],
  ['重大执法决定法制审核流程图', '/enforcement/flows/LC-003/'],
  ['行政执法文书样本', '/enforcement/templates/'],
  ['行政处罚决定书', '/enforcement/templates/WS-004/'],
  ['行政执法服务指南和执法文明用语', '/enforcement/guides/'],
  ['行政执法服务指南', '/enforcement/guides/ZN-001/'],
  ['执法文明用语', '/enforcement/guides/YY-001/'],
  ['包容审慎监管“三张清单”', '/enforcement/lenient/'],
  ['侵占人民防空工程', '/enforcement/lenient/MY-001/'],
  ['行政裁量权基准', '/enforcement/discretion/'],
  ['侵占人民防空工程（单位）', '/enforcement/discretion/CL-002/'],
  ['行政执法公示', '/enforcement/'],
  ['行政处罚决定', '/enforcement/penalties/CF-2026-002/'],
  ['拆除人民防空工程审批决定书', '/enforcement/permits/XK-2025-002/'],
];

eachPagePassesAxe(site, pages, 'renders with its heading, 监督与救济, and no axe violations', async (page, [heading]) => {
  await expect(page.locator('h1').first().textContent()).resolves.toContain(heading);
  await expect(page.locator('.remedy').textContent()).resolves.toMatch(/投诉举报.*行政复议.*行政诉讼/s);
});

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : path.endsWith('.html') ? [path] : [];
  });
}

it('every enforcement page in the build says how to complain and how to appeal', () => {
  const files = htmlFiles(join(DIST, 'enforcement'));
  expect(files.length).toBeGreaterThan(60);
  const without = files.filter((file) => {
    const html = readFileSync(file, 'utf8');
    return !(html.includes('监督与救济') && html.includes('行政复议') && html.includes('行政诉讼') && html.includes('0999-12348012'));
  });
  expect(without.map((file) => file.slice(DIST.length))).toEqual([]);
});

it('the hub links to every enforcement list', async () => {
  await withPage(site, '/enforcement/', async (page) => {
    const hrefs = await page.locator('main a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    for (const list of ['subjects', 'officers', 'matters', 'inspection-items', 'recording-items', 'legal-review-items', 'flows', 'templates', 'guides', 'lenient', 'discretion', 'inspections', 'penalties', 'permits']) {
      expect(hrefs, list).toContain(`/enforcement/${list}/`);
    }
  });
});

describe('a penalty decision page', () => {
  it('shows the 双公示 fields and when it was published against its deadline', async () => {
    await withPage(site, '/enforcement/penalties/CF-2026-002/', async (page) => {
      const fields = Object.fromEntries(
        await page.locator('dl.fields > div').evaluateAll((rows) => rows.map((row) => [row.querySelector('dt')?.textContent ?? '', row.querySelector('dd')?.textContent ?? ''])),
      );
      expect(fields).toMatchObject({
        决定书文号: '示防罚决〔2026〕2号',
        行政相对人名称: '示例市瑞丰物业管理有限公司',
        相对人类别: '法人',
        统一社会信用代码: '91990100MA0Q5C6U7C',
        法定代表人: '赵某',
        违法行为类型: '向人民防空工程内排入废水',
        处罚类别: '警告、罚款',
        '罚款金额（万元）': '1.5',
        处罚决定日期: '2026-09-08',
        公示截止期: '2027-09-07（失信程度：一般）',
        处罚机关: '示例市人民防空办公室',
        处罚机关统一社会信用代码: '11990100MB1234567F',
        公示时限: '应于作出决定之日起 7 个工作日内公示（最迟 2026-09-17），实际于 2026-09-15 公示，在时限内。',
      });
      expect(fields['违法事实']).toContain('餐饮废水');
      expect(fields['处罚内容']).toContain('罚款人民币 1.5 万元');
      await expect(page.locator('main').textContent()).resolves.toContain('第四十九条第（七）项');
    });
  });

  it('a permit decision shows its 双公示 fields too', async () => {
    await withPage(site, '/enforcement/permits/XK-2025-002/', async (page) => {
      const text = (await page.locator('dl.fields').first().textContent()) ?? '';
      for (const label of ['行政许可决定文书名称', '行政许可决定文书号', '许可类别', '许可内容', '行政相对人名称', '相对人类别', '统一社会信用代码', '法定代表人', '许可决定日期', '有效期自', '有效期至', '许可机关', '许可机关统一社会信用代码', '当前状态', '公示时限']) {
        expect(text, label).toContain(label);
      }
      // 2025-08-22 (Friday) + 7 working days = 2025-09-02; published 2025-08-29.
      expect(text).toContain('最迟 2025-09-02），实际于 2025-08-29 公示，在时限内');
    });
  });
});

describe('a withdrawn decision', () => {
  it('shows the withdrawal notice with its 3-working-day deadline, how to appeal, and none of the decision', async () => {
    await withPage(site, '/enforcement/penalties/CF-2025-003/', async (page, status) => {
      expect(status).toBe(200);
      const text = (await page.locator('main').textContent()) ?? '';
      expect(text).toContain('该决定已于 2025-11-07 被撤销');
      expect(text).toContain('应于撤销之日起 3 个工作日内撤回（最迟 2025-11-12），实际于 2025-11-12 撤回，在时限内。');
      expect(text).toContain('行政复议');
      for (const detail of ['示防罚决〔2025〕3号', '东湖物业', '91990100MA0G7R8K9E', '陈某', '密闭门']) expect(text).not.toContain(detail);
    });
  });
});

describe('a flowchart', () => {
  it('is an SVG image named and described for screen readers, beside the same steps in words', async () => {
    await withPage(site, '/enforcement/flows/LC-003/', async (page) => {
      await expect(page.locator('figure.flowchart svg').getAttribute('role')).resolves.toBe('img');
      await expect(page.locator('figure.flowchart svg > desc').textContent()).resolves.toContain('登记和材料核对');
      const boxes = await page.locator('figure.flowchart svg rect').count();
      const steps = await page.locator('ol.steps > li > strong').allTextContents();
      expect(boxes).toBe(6);
      expect(steps).toEqual(['承办机构送审', '登记和材料核对', '审核', '出具审核意见', '研究采纳', '决定']);
      await expect(page.locator('figure.flowchart svg').textContent()).resolves.toContain('登记和材料核对');
    });
  });
});

describe('文书样本', () => {
  it('download as the very files beside the content', async () => {
    const response = await fetch(`${site.origin}/files/enforcement/templates/files/penalty-decision-sample.pdf`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/pdf');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.equals(readFileSync(join(ROOT, 'content/enforcement/templates/files/penalty-decision-sample.pdf')))).toBe(true);
  });

  it('are linked from the list with their type and size', async () => {
    await withPage(site, '/enforcement/templates/', async (page) => {
      const links = await page.locator('td a[download]').evaluateAll((items) => items.map((a) => a.getAttribute('href')));
      expect(links).toContain('/files/enforcement/templates/files/site-inspection-record.pdf');
      await expect(page.locator('table').textContent()).resolves.toMatch(/现场检查笔录（空白文书）（PDF，\d+ KB）/);
    });
  });
});

describe('the discretion standard', () => {
  it('maps each grade of circumstances to its range of penalty', async () => {
    await withPage(site, '/enforcement/discretion/CL-001/', async (page) => {
      const rows = await page.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent?.trim())));
      expect(rows.map((row) => [row[0], row[3]])).toEqual([
        ['较轻', '3 万元以下'],
        ['一般', '3 万元至6 万元'],
        ['严重', '6 万元至10 万元'],
      ]);
    });
  });
});

describe('open data', () => {
  it.each(['recording-items', 'legal-review-items', 'enforcement-flows', 'document-templates', 'lenient-measures', 'discretion-standards'])('%s is exported as CSV and JSON', async (slug) => {
    const csv = await fetch(`${site.origin}/data/${slug}.csv`);
    const json = await fetch(`${site.origin}/data/${slug}.json`);
    expect(csv.status).toBe(200);
    expect(json.status).toBe(200);
    expect((await csv.text()).split('\n').length).toBeGreaterThan(2);
  });
});

describe('a 执法事项 page', () => {
  // [matter, its type, the heading of its decisions, a decision number that must be listed under it]
  it.each([
    ['ZF-001', '行政许可', '行政许可决定', '示防许〔2025〕12号'],
    ['ZF-002', '行政许可', '行政许可决定', '示防许〔2025〕27号'],
    ['ZF-003', '行政处罚', '行政处罚决定', '示防罚决〔2025〕1号'],
    ['ZF-005', '行政强制', '行政强制决定', '示防强〔2025〕1号'],
  ])('%s (%s) lists the decisions of its own type: %s', async (code, _type, heading, number) => {
    await withPage(site, `/enforcement/matters/${code}/`, async (page) => {
      const section = page.locator('section', { has: page.locator('h3', { hasText: heading }) });
      await expect(section.locator('li a').allTextContents()).resolves.toEqual(expect.arrayContaining([expect.stringContaining(number)]));
      await expect(page.locator('h3', { hasText: /^行政处罚决定$/ }).count()).resolves.toBe(heading === '行政处罚决定' ? 1 : 0);
    });
  });
});
