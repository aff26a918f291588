// Phones (390 px wide): for every kind, its list page and its first entry page keep every table
// cell on screen (a list table becomes one card per row, so 证件状态, 份数/必要性, 处理方式 … are
// never pushed off to the side), the page never scrolls sideways, a table that stays wide says so,
// names do not break two characters a line, and every tel: link dials one number. Screenshots of
// each page, at 390 px and on a desktop, are saved to a temporary folder for a person to look at.
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { listKeys, listKind } from '../../src/kinds/index.ts';
import { entryUrl } from '../../src/lib/routes.ts';
import { DESKTOP, DIST, PHONE, ROOT, useSite, withPage } from './support.ts';

const SHOTS = join(tmpdir(), 'gongkai-phone-screens');

/**
 * The first entry of a kind that has a page in the build (penalties past disclosure have none),
 * preferring the first whose page has a table, so that the kind's table is checked where it has one.
 */
function firstEntry(key: (typeof listKeys)[number]): string {
  const kind = listKind(key);
  const codes = readdirSync(join(ROOT, 'content', kind.folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ya?ml|md)$/.test(name))
    .map((name) => name.replace(/\.(ya?ml|md)$/, ''))
    .sort();
  const file = (url: string) => join(DIST, decodeURIComponent(url), 'index.html');
  const built = codes.map((code) => entryUrl(kind.url, code)).filter((url) => existsSync(file(url)));
  if (built.length === 0) throw new Error(`${kind.url} 下没有任何条目页面`);
  return built.find((url) => readFileSync(file(url), 'utf8').includes('<table')) ?? built[0]!;
}

const pages: [string, string][] = [
  ['home', '/'],
  ['catalogue', '/catalogue/'],
  ...listKeys.flatMap((key): [string, string][] => [
    [`${key} list`, listKind(key).url],
    [`${key} entry`, firstEntry(key)],
  ]),
];

const site = useSite();
beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
  console.log(`截图保存在 ${SHOTS}`);
});

const shotName = (path: string, width: number) => join(SHOTS, `${width}${decodeURIComponent(path).replace(/[/?=&]+/g, '_')}.png`);

/** Every way a table or the page hides content off to the side on this viewport, as short lines. */
function hiddenContent(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) problems.push(`页面横向溢出：内容宽 ${root.scrollWidth}px，屏幕宽 ${root.clientWidth}px`);
    const where = (cell: Element) => `${cell.closest('table')?.querySelector('caption')?.textContent ?? '表格'} 第 ${(cell.parentElement as HTMLTableRowElement).rowIndex} 行“${(cell.textContent ?? '').trim().slice(0, 20)}”`;
    for (const table of document.querySelectorAll('main table')) {
      const wrap = table.closest('.table-wrap');
      const scrolls = wrap !== null && wrap.scrollWidth > wrap.clientWidth;
      if (!table.classList.contains('cards')) {
        // A table that is not a list (a report's figures) may scroll inside its box, if it says so.
        const hint = wrap ? getComputedStyle(wrap, '::before').content : 'none';
        if (scrolls && !hint.includes('左右滑动')) problems.push(`${where(table.querySelector('tr > *')!)}：表格可横向滚动但没有提示`);
        continue;
      }
      if (scrolls) problems.push(`${table.querySelector('caption')?.textContent}：列表表格在手机上仍需横向滚动`);
      for (const cell of table.querySelectorAll(':scope > tbody > tr > :is(th, td)')) {
        if ((cell.textContent ?? '').trim() === '') continue;
        const box = cell.getBoundingClientRect();
        if (!cell.checkVisibility({ visibilityProperty: true, opacityProperty: true })) problems.push(`${where(cell)}：单元格被隐藏`);
        else if (box.left < 0 || box.right > root.clientWidth + 0.5) problems.push(`${where(cell)}：单元格超出屏幕（${Math.round(box.left)}–${Math.round(box.right)}px）`);
        // A list cell other than the row's name says which column it is (data-label → ::before).
        if (cell.tagName === 'TD' && !getComputedStyle(cell, '::before').content.includes('：')) problems.push(`${where(cell)}：卡片中没有列名`);
      }
    }
    return problems;
  });
}

/** Row names (事项名称, 姓名, 材料名称) squeezed so narrow that they break every two characters. */
function squeezedNames(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main tbody th[scope="row"]')]
      .filter((th) => th.checkVisibility() && th.clientWidth < parseFloat(getComputedStyle(th).fontSize) * 4)
      .map((th) => `“${(th.textContent ?? '').trim().slice(0, 20)}”列宽只有 ${th.clientWidth}px`),
  );
}

describe.each(pages)('%s (%s)', (_label, path) => {
  it('at 390 px shows every table cell on screen, without sideways scrolling', async () => {
    await withPage(site, path, async (page, status) => {
      expect(status).toBe(200);
      await page.screenshot({ path: shotName(path, PHONE.width), fullPage: true });
      expect(await hiddenContent(page)).toEqual([]);
      expect(await squeezedNames(page)).toEqual([]);
      // One number per link: "0999-12345678、12345" in one tel: link cannot be dialled.
      const tels = await page.locator('a[href^="tel:"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
      for (const tel of tels) expect(tel).toMatch(/^tel:\+?[0-9-]+(,[0-9]+)?$/);
    }, PHONE);
  });

  it('on a desktop keeps its tables as tables, names on one line', async () => {
    await withPage(site, path, async (page) => {
      await page.screenshot({ path: shotName(path, DESKTOP.width) });
      expect(await squeezedNames(page)).toEqual([]);
      const hiddenHeaders = await page.locator('main table.cards > thead').evaluateAll((heads) => heads.filter((head) => head.getBoundingClientRect().height < 2).length);
      expect(hiddenHeaders).toBe(0);
    }, DESKTOP);
  });
});

describe('a service guide on a phone', () => {
  it('leads with what a citizen needs, with jump links, codes and legal text after', async () => {
    await withPage(site, '/services/RF-ZS-001-01/', async (page) => {
      const headings = await page.locator('main h2').allTextContents();
      const at = (heading: string) => headings.indexOf(heading);
      expect(at('办理要点')).toBe(0);
      expect(headings.slice(1, 4)).toEqual(['申请材料', '办理流程', '办理地点和时间']);
      expect(at('基本信息')).toBeGreaterThan(at('常见问题'));
      expect(at('设定依据')).toBeGreaterThan(at('基本信息'));
      const jumps = await page.locator('nav[aria-label="本页目录"] a').evaluateAll((links) => links.map((a) => [a.textContent, a.getAttribute('href')]));
      expect(jumps.slice(0, 3).map(([text]) => text)).toEqual(['申请材料', '办理流程', '办理地点和时间']);
      for (const [text, href] of jumps) expect(await page.locator(`main h2${href}`).textContent(), `${text} → ${href}`).toBe(text);
      // The jump links are on the first screen, under 办理要点.
      const nav = await page.locator('nav[aria-label="本页目录"]').boundingBox();
      expect(nav!.y).toBeLessThan(PHONE.height * 2);
    }, PHONE);
  });

  it('shows each material card with its name and what to bring first, its 序号 last', async () => {
    await withPage(site, '/services/RF-ZS-001-01/', async (page) => {
      const order = await page.locator('main table.cards > tbody > tr').first().evaluate((row) =>
        [...row.children].sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top).map((cell) => cell.getAttribute('data-label') ?? cell.tagName),
      );
      expect(order.slice(0, 3)).toEqual(['TH', '份数', '必要性']);
      expect(order.at(-1)).toBe('序号');
    }, PHONE);
  });

  it('gives each of two numbers in one phone field its own tel: link', async () => {
    await withPage(site, '/services/RF-ZS-001-01/', async (page) => {
      const complaint = page.locator('.summary div', { hasText: '监督投诉电话' }).locator('a[href^="tel:"]');
      expect(await complaint.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['tel:0999-12345678', 'tel:12345']);
    }, PHONE);
  });
});

describe('small things a citizen trips over on a phone', () => {
  it('shows the whole example in the home search box, in 关怀版 too', async () => {
    await withPage(site, '/', async (page) => {
      // The placeholder's width in the input's own font, against the room inside the box.
      const room = () =>
        page.locator('#home-q').evaluate((input: HTMLInputElement) => {
          const style = getComputedStyle(input);
          const context = document.createElement('canvas').getContext('2d')!;
          context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
          const inside = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          return { text: context.measureText(input.placeholder).width, inside };
        });
      const standard = await room();
      expect(standard.text).toBeLessThanOrEqual(standard.inside);
      await page.locator('[data-care-toggle]').click();
      const care = await room();
      expect(care.text).toBeLessThanOrEqual(care.inside);
    }, PHONE);
  });

  it('breaks a 索引号 after its "/", not inside the code or the number', async () => {
    await withPage(site, '/documents/GF-2018-01/', async (page) => {
      const lines = await page.locator('.catalogue .index-no').evaluate((dd) =>
        [...dd.querySelectorAll('span')].map((part) => {
          const range = document.createRange();
          range.selectNodeContents(part);
          return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
        }),
      );
      expect(lines).toEqual([1, 1]);
      // The number reads the same to a screen reader and to search as it is written.
      expect(await page.locator('.catalogue .index-no').textContent()).toBe('11990100MB1234567F/2018-00500');
    }, PHONE);
  });

  it('lets a reader dial the complaint and 复议 numbers and the 依申请公开 hotline', async () => {
    for (const path of ['/enforcement/penalties/CF-2025-001/', '/enforcement/remedies/', '/apply/']) {
      await withPage(site, path, async (page) => {
        const tels = await page.locator('main a[href^="tel:"]').count();
        expect(tels, path).toBeGreaterThan(0);
        // No number left as plain text beside the links, a fax excepted.
        const bare = await page.locator('main dd').evaluateAll((cells) =>
          cells.filter((dd) => dd.previousElementSibling?.textContent?.includes('传真') !== true).flatMap((dd) => {
            const copy = dd.cloneNode(true) as HTMLElement;
            copy.querySelectorAll('a').forEach((a) => a.remove());
            return copy.textContent?.match(/0\d{2,3}-\d{7,8}/g) ?? [];
          }),
        );
        expect(bare, path).toEqual([]);
      }, PHONE);
    }
  });

  it('says "左右滑动" above a report table only when that table does scroll', async () => {
    await withPage(site, '/reports/xxgk-2025/', async (page) => {
      const wraps = await page.locator('main .table-wrap:not(:has(> table.cards))').evaluateAll((boxes) =>
        boxes.map((box) => ({ scrolls: box.scrollWidth > box.clientWidth, hint: getComputedStyle(box, '::before').display !== 'none' })),
      );
      expect(wraps.some((w) => w.scrolls) && wraps.some((w) => !w.scrolls)).toBe(true);
      for (const wrap of wraps) expect(wrap.hint).toBe(wrap.scrolls);
    }, PHONE);
  });

  it('keeps the filters of the policy documents compact, their links still easy to tap', async () => {
    await withPage(site, '/documents/', async (page) => {
      const filters = await page.locator('nav.filters').boundingBox();
      expect(filters!.height).toBeLessThan(PHONE.height * 0.6);
      const heights = await page.locator('nav.filters a').evaluateAll((links) => links.map((a) => a.getBoundingClientRect().height));
      expect(Math.min(...heights)).toBeGreaterThanOrEqual(24);
    }, PHONE);
  });

  it('tells a citizen how to check an officer without web addresses', async () => {
    await withPage(site, '/enforcement/', async (page) => {
      const hint = await page.locator('form.lookup .hint').textContent();
      expect(hint).not.toMatch(/[/]|enforcement/);
      expect(await page.locator('form.lookup .hint a').getAttribute('href')).toBe('/enforcement/officers/');
    }, PHONE);
  });
});

describe('关怀版 on a phone', () => {
  it('keeps the header to under a third of the first screen', async () => {
    await withPage(site, '/', async (page) => {
      await page.locator('[data-care-toggle]').click();
      await expect(page.locator('html').getAttribute('data-care')).resolves.toBe('on');
      await page.screenshot({ path: join(SHOTS, '390-care-home.png') });
      const header = await page.locator('.site-header').boundingBox();
      expect(header!.height).toBeLessThan(PHONE.height / 3);
      expect(await hiddenContent(page)).toEqual([]);
    }, PHONE);
  });
});
