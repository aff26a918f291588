// Policy documents over the built site: the validity each page shows is the one computed from the
// document's dates for the build's today; a repealed or revised document carries a banner linking
// to what replaced it; interpretations link both ways; the clean-up announcement and the filtered
// index work without JavaScript; search offers the same filters. Every page passes axe.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFrontmatter } from '@astrojs/markdown-remark';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, ROOT, useSite, withPage, eachPagePassesAxe } from './support.ts';
import { documentSchema, type PolicyDocument } from '../../src/schemas/documents.ts';
import { computeValidity, validityText, type ValidityState } from '../../src/lib/validity.ts';
import { buildToday } from '../../src/lib/dates.ts';

const site = useSite();

// The build and these tests read the same "today" (GONGKAI_TODAY, or the date in China).
const today = buildToday();
const DOCS_DIR = join(ROOT, 'content/documents');
const documents: PolicyDocument[] = readdirSync(DOCS_DIR)
  .filter((name) => name.endsWith('.md'))
  .map((name) => documentSchema.parse(parseYaml(extractFrontmatter(readFileSync(join(DOCS_DIR, name), 'utf8')) ?? '')));

const pages: [string, string][] = [
  ['政策文件', '/documents/'],
  ['有效性筛选', '/documents/validity/repealed/'],
  ['年份筛选', '/documents/year/2025/'],
  ['主题筛选', `/documents/topic/${encodeURIComponent('指挥通信与警报')}/`],
  ['有效文件', '/documents/ZC-2025-01/'],
  ['废止文件', '/documents/ZC-2022-01/'],
  ['已修订文件', '/documents/GF-2019-01/'],
  ['规范性文件', '/documents/GF-2024-01/'],
  ['清理结果列表', '/documents/cleanups/'],
  ['清理结果', '/documents/cleanups/QL-2026/'],
  ['政策解读列表', '/interpretations/'],
  ['政策解读', '/interpretations/JD-2024-01/'],
];

eachPagePassesAxe(site, pages, 'renders with a heading and passes axe');

describe('a valid document (ZC-2025-01, no 有效期)', () => {
  it('says it is in force, has no banner, and names the document it replaced', async () => {
    await withPage(site, '/documents/ZC-2025-01/', async (page) => {
      expect(await page.locator('.validity-banner').count()).toBe(0);
      expect(await page.locator('.validity-status').textContent()).toContain('本文件现行有效，自2025年6月15日起施行，未规定有效期');
      expect((await page.locator('dl.fields .badge').first().textContent())?.trim()).toBe('有效');
      const replaced = page.locator('dl.fields div', { hasText: '本文件替代' }).locator('a');
      expect(await replaced.getAttribute('href')).toBe('/documents/ZC-2022-01/');
    });
  });
});

describe('a repealed document (ZC-2022-01)', () => {
  it('carries a banner with the date, linking to its replacement', async () => {
    await withPage(site, '/documents/ZC-2022-01/', async (page) => {
      const banner = page.locator('.validity-banner');
      expect(await banner.locator('.banner-title').textContent()).toBe('本文件已于2025年6月15日废止，不再作为执行依据。');
      expect(await banner.locator('a').getAttribute('href')).toBe('/documents/ZC-2025-01/');
      expect(await banner.locator('a').textContent()).toBe('示例市人民防空办公室关于进一步规范人防工程竣工验收备案工作的通知（示防办〔2025〕12号）');
      expect((await page.locator('dl.fields .badge').first().textContent())?.trim()).toBe('废止');
      // The same filters as the index, for search.
      const filters = await page.locator('[data-pagefind-filter]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-pagefind-filter')));
      expect(filters).toEqual(expect.arrayContaining(['有效性:废止', '年度:2022', '主题分类:人防工程建设']));
    });
  });

  it('without a replacement, shows the banner and the clean-up that repealed it', async () => {
    await withPage(site, '/documents/GF-2018-01/', async (page) => {
      const banner = page.locator('.validity-banner');
      expect(await banner.locator('.banner-title').textContent()).toBe('本文件已于2026年6月30日废止，不再作为执行依据。');
      expect(await banner.locator('a').count()).toBe(0);
      const cleanup = page.locator('dl.fields div', { hasText: '清理情况' });
      expect(await cleanup.locator('a').getAttribute('href')).toBe('/documents/cleanups/QL-2026/');
      expect(await cleanup.locator('dd').textContent()).toBe('示例市人民防空办公室关于公布规范性文件清理结果的公告：废止');
    });
  });
});

it('a revised document links to the revision', async () => {
  await withPage(site, '/documents/GF-2019-01/', async (page) => {
    expect(await page.locator('.validity-banner .banner-title').textContent()).toBe('本文件已于2024年5月1日修订，不再作为执行依据。');
    expect(await page.locator('.validity-banner a').getAttribute('href')).toBe('/documents/GF-2024-01/');
  });
});

it('every document page shows the validity computed from its dates, with a banner exactly when it is no longer in force', async () => {
  expect(documents.length).toBeGreaterThanOrEqual(8);
  expect(new Set(documents.map((d) => computeValidity(d, today).state))).toEqual(new Set<ValidityState>(['有效', '失效', '废止', '已修订']));
  for (const doc of documents) {
    await withPage(site, `/documents/${doc.code}/`, async (page) => {
      const validity = computeValidity(doc, today);
      expect((await page.locator('dl.fields .badge').first().textContent())?.trim(), doc.code).toBe(validityText(validity));
      expect(await page.locator('.validity-banner').count(), doc.code).toBe(validity.state === '有效' ? 0 : 1);
    });
  }
});

it('links a document to its interpretation and back', async () => {
  await withPage(site, '/documents/GF-2024-01/', async (page) => {
    const links = page.locator('dl.fields div', { hasText: '政策解读' }).locator('a');
    expect(await links.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('href')))).toEqual(['/interpretations/JD-2024-01/']);
  });
  await withPage(site, '/interpretations/JD-2024-01/', async (page) => {
    expect(await page.locator('dl.fields div', { hasText: '解读的文件' }).locator('a').getAttribute('href')).toBe('/documents/GF-2024-01/');
  });
});

it('lists what the clean-up concluded for each document, by reference', async () => {
  await withPage(site, '/documents/cleanups/QL-2026/', async (page) => {
    const group = async (heading: string) =>
      page.locator('section', { has: page.locator('h3', { hasText: heading }) }).locator('tbody th a').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('href')));
    expect(await group('继续有效的文件')).toEqual(['/documents/GF-2024-01/', '/documents/GF-2025-01/']);
    expect(await group('失效的文件')).toEqual(['/documents/GF-2020-01/']);
    expect(await group('废止的文件')).toEqual(['/documents/GF-2018-01/']);
    expect(await group('修订的文件')).toEqual(['/documents/GF-2023-01/']);
  });
});

describe('the index without JavaScript', () => {
  const NO_SCRIPT = { viewport: DESKTOP, javaScriptEnabled: false };
  const rows = (page: Page) =>
    page.locator('main table tbody th a').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('href')));

  it('filters by 有效性 through a link, and the page lists exactly those documents', async () => {
    await withPage(site, '/documents/', async (page) => {
      await page.locator('nav[aria-label="筛选政策文件"] a', { hasText: '废止（3）' }).click();
      expect(new URL(page.url()).pathname).toBe('/documents/validity/repealed/');
      expect(await page.locator('nav[aria-label="筛选政策文件"] a[aria-current="page"]').textContent()).toBe('废止（3）');
      expect((await rows(page)).sort()).toEqual(['/documents/GF-2018-01/', '/documents/GF-2021-01/', '/documents/ZC-2022-01/']);
    }, NO_SCRIPT);
  });

  it('filters by 主题分类 and 发布年份', async () => {
    await withPage(site, '/documents/', async (page) => {
      await page.locator('nav[aria-label="筛选政策文件"] a', { hasText: '指挥通信与警报' }).click();
      expect(decodeURIComponent(new URL(page.url()).pathname)).toBe('/documents/topic/指挥通信与警报/');
      expect(await rows(page)).toEqual(['/documents/GF-2026-02/', '/documents/GF-2020-01/']);
      await page.locator('nav[aria-label="筛选政策文件"] a', { hasText: '2025（2）' }).click();
      expect(await rows(page)).toEqual(['/documents/GF-2025-01/', '/documents/ZC-2025-01/']);
    }, NO_SCRIPT);
  });

  it('shows on every filter link the number of documents its page lists', async () => {
    await withPage(site, '/documents/', async (page) => {
      const links = await page.locator('nav[aria-label="筛选政策文件"] a').evaluateAll((nodes) =>
        nodes.map((n) => ({ href: n.getAttribute('href') as string, count: Number(/（(\d+)）/.exec(n.textContent ?? '')?.[1]) })),
      );
      expect(links.length).toBe(1 + 4 + 9 + 4);
      expect(links[0]).toEqual({ href: '/documents/', count: documents.length });
      for (const link of links) {
        await page.goto(`${site.origin}${link.href}`);
        expect((await rows(page)).length, link.href).toBe(link.count);
      }
      const byState = (state: ValidityState) => documents.filter((d) => computeValidity(d, today).state === state).length;
      expect(links.slice(1, 5).map((l) => l.count)).toEqual([byState('有效'), byState('失效'), byState('废止'), byState('已修订')]);
    }, NO_SCRIPT);
  });
});

it('offers the same filters in search', async () => {
  await withPage(site, '/search/', async (page) => {
    // A string, so that vitest does not rewrite the browser's import().
    const result = (await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const filters = await pagefind.filters();
      const search = await pagefind.search(null, { filters: { 类别: '政策文件', 有效性: '废止' } });
      const urls = await Promise.all(search.results.map(async (r) => (await r.data()).url));
      return { validity: filters['有效性'], urls: urls.sort() };
    })()`)) as { validity: Record<string, number>; urls: string[] };
    const counts: Record<string, number> = {};
    for (const doc of documents) counts[computeValidity(doc, today).state] = (counts[computeValidity(doc, today).state] ?? 0) + 1;
    expect(result.validity).toEqual(counts);
    expect(result.urls).toEqual(['/documents/GF-2018-01/', '/documents/GF-2021-01/', '/documents/ZC-2022-01/']);
  });
});

it('offers the original for download, served from the built site', async () => {
  await withPage(site, '/documents/GF-2024-01/', async (page) => {
    const link = page.locator('dl.fields div', { hasText: '原件' }).locator('a');
    expect(await link.getAttribute('href')).toBe('/files/documents/files/GF-2024-01.pdf');
    expect(await page.locator('dl.fields div', { hasText: '原件' }).locator('.file-info').textContent()).toMatch(/^（PDF，\d+ KB）$/);
    const response = await page.request.get(`${site.origin}/files/documents/files/GF-2024-01.pdf`);
    expect(response.status()).toBe(200);
    expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
