// The hand-written lists in pages (src/lib/pagination.ts) on a site large enough to need them: the
// project copied with synthetic 权力清单, 责任清单, 服务指南, 执法人员, 政策文件, 政策解读, 征求意见 and
// 通知公告 entries (under 2,000 in all), built as npm run build builds it. Each list's pages hold every entry once, in the
// list's order, with 序号 counting on; later pages carry their number and are not indexed; the
// officer look-up finds an officer on any page, by the search page and without JavaScript.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { OFFICE, PLACES, pick, syntheticPower, syntheticResponsibility, syntheticService, type SyntheticFile } from '../../scripts/bench/synthetic.ts';
import { listKind, type ListKey } from '../../src/kinds/index.ts';
import { PAGE_ROWS, pageCount, pagePath } from '../../src/lib/pagination.ts';
import { PHONE, axeViolations, q, resultUrls, settled } from './support.ts';
import { useCopiedSite } from './copied-site.ts';

// 2,000 synthetic entries in all, with the sample's own few: three pages of guides and officers, two
// of the rest; documents all in one year and topic, so that a filter page is in pages too; powers
// all 行政许可, so that one type's page is too.
const MANY = 2 * PAGE_ROWS - 5;
const SOME = PAGE_ROWS + 5;
const POWERS = PAGE_ROWS - 5;

const padded = (n: number, width: number) => String(n).padStart(width, '0');
/** 索引号 of the entries this file adds: from 80000 up, apart from the bench's (60000 up) and the sample's. */
const indexNo = (year: number, n: number) => `${OFFICE}/${year}-${80_000 + n}`;
const FAMILY = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'];
const STATUSES = ['有效', '有效', '有效', '暂扣', '注销'];
/** A certificate number far from the sample's (99010021001 …): 99030000000 up. */
const certNo = (i: number) => `9903${padded(i, 7)}`;

function syntheticOfficer(i: number): SyntheticFile {
  const status = pick(STATUSES, i);
  return {
    path: `enforcement/officers/${certNo(i)}.yaml`,
    text: [
      `certNo: "${certNo(i)}"`,
      `name: ${pick(FAMILY, i)}${pick(PLACES, Math.floor(i / FAMILY.length))}`,
      `subject: ${OFFICE}`,
      'category: 人民防空',
      `area: 示例市${pick(PLACES, i)}区`,
      `status: ${status}`,
      ...(status === '有效' ? [] : ['statusDate: 2026-03-01']),
      `indexNo: ${indexNo(2026, i)}`,
      'publishDate: 2026-01-05',
      'updateDate: 2026-03-01',
      'topic: 行政执法公示',
      'keywords:',
      '  - 执法人员',
    ].join('\n'),
  };
}

function syntheticDocument(i: number): SyntheticFile {
  const day = padded((i % 28) + 1, 2);
  const month = padded((i % 12) + 1, 2);
  return {
    path: `documents/ZC-2024-${padded(i + 100, 3)}.md`,
    text: [
      '---',
      `code: ZC-2024-${padded(i + 100, 3)}`,
      `title: 示例市人民防空办公室关于${pick(PLACES, i)}片区人防工程维护检查的通知（第 ${i + 1} 号）`,
      'kind: 其他政策文件',
      `docNo: 示防测〔2024〕${i + 1}号`,
      'issuer: 示例市人民防空办公室',
      `writtenDate: 2024-${month}-${day}`,
      `effectiveDate: 2024-${month}-${day}`,
      'validity:',
      '  status: 有效',
      `indexNo: ${indexNo(2024, 1000 + i)}`,
      `publishDate: 2024-${month}-${day}`,
      `updateDate: 2024-${month}-${day}`,
      `summary: 部署${pick(PLACES, i)}片区人防工程的维护检查。`,
      'topic: 人防工程维护管理',
      'keywords:',
      '  - 维护检查',
      '---',
      '',
      `${pick(PLACES, i)}片区各人防工程使用单位应按本通知完成维护检查。`,
    ].join('\n'),
  };
}

/** Notices over two years, one in three past its 截止日期 (往期). */
function syntheticNotice(i: number): SyntheticFile {
  const year = i % 2 === 0 ? 2025 : 2026;
  const date = `${year}-${padded((i % 10) + 1, 2)}-${padded((i % 27) + 1, 2)}`;
  return {
    path: `notices/TZ-${year}-${padded(i + 100, 3)}.md`,
    text: [
      '---',
      `code: TZ-${year}-${padded(i + 100, 3)}`,
      `title: 关于${pick(PLACES, i)}片区人防宣传活动的通知（${i + 1}）`,
      ...(i % 3 === 0 ? [`endDate: ${year}-11-30`] : []),
      `indexNo: ${indexNo(year, 2000 + i)}`,
      `publishDate: ${date}`,
      `updateDate: ${date}`,
      `summary: ${pick(PLACES, i)}片区人防宣传活动的安排。`,
      'topic: 人防宣传教育',
      'keywords:',
      '  - 宣传活动',
      '---',
      '',
      `${pick(PLACES, i)}片区将开展人防宣传活动，欢迎居民参加。`,
    ].join('\n'),
  };
}

function syntheticInterpretation(i: number): SyntheticFile {
  const document = syntheticDocument(i).path.replace(/^documents\/|\.md$/g, '');
  return {
    path: `interpretations/JD-2024-${padded(i + 100, 3)}.md`,
    text: [
      '---',
      `code: JD-2024-${padded(i + 100, 3)}`,
      `title: 《${pick(PLACES, i)}片区人防工程维护检查通知》解读（${i + 1}）`,
      `document: ${document}`,
      'form: 文字解读',
      'issuer: 示例市人民防空办公室',
      `indexNo: ${indexNo(2024, 3000 + i)}`,
      'publishDate: 2024-12-02',
      'updateDate: 2024-12-02',
      `summary: 说明${pick(PLACES, i)}片区维护检查的安排。`,
      'topic: 人防工程维护管理',
      'keywords:',
      '  - 政策解读',
      '---',
      '',
      `${pick(PLACES, i)}片区的维护检查按通知所列时间进行。`,
    ].join('\n'),
  };
}

/** Consultations, all closed, sharing the sample's draft file. */
function syntheticConsultation(i: number): SyntheticFile {
  const open = `2025-${padded((i % 12) + 1, 2)}-01`;
  return {
    path: `consultations/ZQ-2025-${padded(i + 100, 3)}.md`,
    text: [
      '---',
      `code: ZQ-2025-${padded(i + 100, 3)}`,
      `title: 关于${pick(PLACES, i)}片区人防工程规划（征求意见稿）公开征求意见的公告（${i + 1}）`,
      'draft:',
      `  title: ${pick(PLACES, i)}片区人防工程规划（征求意见稿）`,
      '  file: files/ZQ-2026-01-draft.pdf',
      `openDate: ${open}`,
      `closeDate: 2025-${padded((i % 12) + 1, 2)}-20`,
      'respond:',
      '  email: rfb@example.gov.cn',
      `indexNo: ${indexNo(2025, 4000 + i)}`,
      `publishDate: ${open}`,
      `updateDate: ${open}`,
      `summary: ${pick(PLACES, i)}片区人防工程规划公开征求意见。`,
      'topic: 人防工程管理',
      'keywords:',
      '  - 征求意见',
      '---',
      '',
      `现将${pick(PLACES, i)}片区人防工程规划（征求意见稿）公开征求意见。`,
    ].join('\n'),
  };
}

/**
 * The synthetic entries: powers with their responsibility entries, guides for them, officers,
 * documents, notices, interpretations of the documents, consultations.
 */
function syntheticEntries(): SyntheticFile[] {
  let k = 0;
  const permits: number[] = [];
  for (let p = 0; permits.length < POWERS; p += 1) if (syntheticPower(p, 0).text.includes('\ntype: 行政许可\n')) permits.push(p);
  const powers = permits.flatMap((p) => [syntheticPower(p, k++), syntheticResponsibility(p, k++)]);
  const services = Array.from({ length: MANY }, (_, s) => syntheticService(permits[Math.floor(s / 4)] ?? 0, s % 4, k++));
  return [
    ...powers,
    ...services,
    ...Array.from({ length: MANY }, (_, i) => syntheticOfficer(i)),
    ...Array.from({ length: SOME }, (_, i) => syntheticDocument(i)),
    ...Array.from({ length: SOME }, (_, i) => syntheticNotice(i)),
    ...Array.from({ length: SOME }, (_, i) => syntheticInterpretation(i)),
    ...Array.from({ length: SOME }, (_, i) => syntheticConsultation(i)),
  ];
}

/** GONGKAI_LISTS_WORK=<folder> keeps the copy and its build there, and reuses them when run again. */
const site = useCopiedSite({ prefix: 'gongkai-lists-', keptIn: process.env.GONGKAI_LISTS_WORK, files: syntheticEntries });
const { dist } = site;

async function withPhone<T>(use: (page: Page) => Promise<T>, javaScriptEnabled = true): Promise<T> {
  const context = await site.browser.newContext({ viewport: PHONE, locale: 'zh-CN', javaScriptEnabled });
  try {
    return await use(await context.newPage());
  } finally {
    await context.close();
  }
}

/** A kind's published entries' addresses, in the list's order, read from its open data. */
function published(kind: ListKey): string[] {
  const record = listKind(kind);
  if (!('name' in record.dataset)) throw new Error(`${kind} has no open data`);
  const { items } = JSON.parse(readFileSync(join(dist, `data/${record.dataset.name}.json`), 'utf8')) as { items: Record<string, unknown>[] };
  return items.map((item) => `${record.url}${encodeURIComponent(String(item[record.idField as string]))}/`);
}

interface Walked {
  /** Each page's entry links, in order. */
  pages: string[][];
  /** Each page's 序号 cells, where the list has them. */
  numbers: string[];
}

/**
 * The list at `base` followed page by page through its 下一页 links: each page at its address,
 * carrying its number in title, heading and breadcrumbs, the later ones not indexed (the first as
 * before: the documents index never was); page 2 passes axe.
 */
async function walk(base: string, rowLinks: string, firstIndexed = true): Promise<Walked> {
  return withPhone(async (page) => {
    const walked: Walked = { pages: [], numbers: [] };
    for (let path: string | undefined = base, current = 1; path !== undefined; current += 1) {
      await page.goto(`${site.origin}${path}`);
      expect(new URL(page.url()).pathname).toBe(pagePath(base, current));
      walked.pages.push(await page.locator(rowLinks).evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? '')));
      walked.numbers.push(...(await page.locator('td[data-label="序号"]').allTextContents()));
      expect(await page.locator('[data-pagefind-body]').count(), `${path} indexed`).toBe(current === 1 && firstIndexed ? 1 : 0);
      if (current > 1) {
        expect(await page.title()).toContain(`第 ${current} 页`);
        expect(await page.locator('h1').textContent()).toContain(`（第 ${current} 页）`);
        expect(await page.locator('.breadcrumbs [aria-current="page"]').textContent()).toBe(`第 ${current} 页`);
      }
      const pagers = page.locator('main nav.pager');
      expect(await pagers.count()).toBe(2);
      expect(await pagers.first().locator('[aria-current="page"]').textContent()).toBe(`第 ${current} 页`);
      if (current === 2) expect(await axeViolations(page)).toEqual([]);
      path = (await page.locator('main nav.pager').first().locator('a[rel="next"]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? '')))[0];
    }
    return walked;
  });
}

/** Each page but the last holds PAGE_ROWS rows. */
function expectFullPages(pages: string[][], total: number): void {
  expect(pages).toHaveLength(pageCount(total));
  expect(pages.map((rows) => rows.length)).toEqual(pages.map((_, at) => (at < pages.length - 1 ? PAGE_ROWS : total - PAGE_ROWS * (pages.length - 1))));
}

describe.each([
  ['services', '.card-list .card-title a'],
  ['powers', 'tbody th a'],
  ['responsibilities', 'tbody th a'],
  ['officers', 'tbody th a'],
  ['documents', 'tbody th a'],
  ['interpretations', 'tbody th a'],
  ['consultations', 'tbody th a'],
] as const)('the %s list in pages', (kind, rowLinks) => {
  it('holds every published entry once, in the list’s order, on pages of PAGE_ROWS', async () => {
    const expected = published(kind);
    expect(expected.length).toBeGreaterThan(PAGE_ROWS);
    const { pages, numbers } = await walk(listKind(kind).url, rowLinks, kind !== 'documents');
    expectFullPages(pages, expected.length);
    expect(pages.flat()).toEqual(expected);
    // 序号 counts on from page to page (the lists that have it).
    if (numbers.length > 0) expect(numbers).toEqual(expected.map((_, at) => String(at + 1)));
  });
});

it('puts a filter page of 政策文件 in pages too, each holding every matching document', async () => {
  const base = '/documents/year/2024/';
  const total = Number(/（(\d+) 件）/.exec(readFileSync(join(dist, base, 'index.html'), 'utf8'))?.[1]);
  expect(total).toBeGreaterThan(PAGE_ROWS);
  const { pages } = await walk(base, 'tbody th a', false);
  expectFullPages(pages, total);
  expect(new Set(pages.flat()).size).toBe(total);
  expect(existsSync(join(dist, 'documents/topic', encodeURIComponent('人防工程维护管理'), 'page/2/index.html')) || existsSync(join(dist, 'documents/topic/人防工程维护管理/page/2/index.html'))).toBe(true);
});

it('puts each 权力类型 of a long 权力清单 in pages when it has more than PAGE_ROWS powers', async () => {
  const html = readFileSync(join(dist, 'powers/index.html'), 'utf8');
  const types = [...html.matchAll(/<a href="(\/powers\/type\/[^/]+\/)"[^>]*>[^（<]+（(\d+)）<\/a>/g)].map(([, href, count]) => ({ href: href ?? '', count: Number(count) }));
  expect(types.length).toBeGreaterThan(1);
  for (const { href, count } of types) {
    expect(existsSync(join(dist, href, 'page/2/index.html')), href).toBe(count > PAGE_ROWS);
    expect(existsSync(join(dist, href, `page/${pageCount(count) + 1}/index.html`)), href).toBe(false);
  }
  const long = types.find(({ count }) => count > PAGE_ROWS);
  expect(long).toBeDefined();
  if (long) {
    const { pages, numbers } = await walk(long.href, 'tbody th a', false);
    expectFullPages(pages, long.count);
    expect(numbers).toEqual(pages.flat().map((_, at) => String(at + 1)));
  }
});

it('lists 通知公告 in pages: every notice once, the current ones first, then 往期 newest year first', async () => {
  const expected = published('notices');
  const { pages } = await walk(listKind('notices').url, '.dated-list a');
  expectFullPages(pages, expected.length);
  expect([...pages.flat()].sort()).toEqual([...expected].sort());
  // Read the sections back from the pages: current links, then years that never go up.
  const years = await withPhone(async (page) => {
    const seen: string[] = [];
    for (let current = 1; current <= pages.length; current += 1) {
      await page.goto(`${site.origin}${pagePath('/notices/', current)}`);
      seen.push(...(await page.locator('#archive ~ section h3').allTextContents()));
    }
    return seen;
  });
  expect(years.length).toBeGreaterThan(1);
  expect(years).toEqual([...years].sort((a, b) => b.localeCompare(a)));
});

describe('the officer look-up on a directory in pages', () => {
  const officers = () => published('officers');

  it('links every officer’s page to the directory page holding their row, and says which page holds which 执法证号', () => {
    const all = officers();
    expect(pageCount(all.length)).toBeGreaterThan(2);
    for (const [at, href] of all.entries()) {
      const own = readFileSync(join(dist, href, 'index.html'), 'utf8');
      const back = /<a href="([^"#]*)#cert-(\d+)"[^>]*>在执法人员名录中查看<\/a>/.exec(own);
      expect(back?.[1], href).toBe(pagePath('/enforcement/officers/', Math.floor(at / PAGE_ROWS) + 1));
      expect(readFileSync(join(dist, back?.[1] ?? '', 'index.html'), 'utf8'), href).toContain(`id="cert-${back?.[2]}"`);
    }
    const ranges = readFileSync(join(dist, 'enforcement/officers/page/2/index.html'), 'utf8');
    const second = all.slice(PAGE_ROWS, 2 * PAGE_ROWS).map((href) => href.split('/').at(-2));
    expect(ranges).toContain(`第 2 页：${second[0]} 至 ${second.at(-1)}`);
  });

  it('finds an officer on the last page through the search page, and still says a number nobody holds is not found', async () => {
    const last = officers().at(-1) ?? '';
    const number = last.split('/').at(-2) ?? '';
    await withPhone(async (page) => {
      await page.goto(`${site.origin}${pagePath('/enforcement/officers/', 3)}`);
      await page.locator('#officer-q').fill(number);
      await page.locator('#officer-q').press('Enter');
      await page.waitForURL(/\/search\/\?q=/);
      await settled(page);
      expect((await resultUrls(page))[0]).toBe(last);
    });
    await withPhone(async (page) => {
      await page.goto(`${site.origin}/search/${q('99039999999')}`);
      expect(await settled(page)).toBe('未查到执法证号 99039999999 的执法人员，请核对号码；证件状态以本页为准。');
      expect(await resultUrls(page)).toEqual([]);
    });
  });

  it('without JavaScript, the 执法证号 ranges lead to the page with the officer’s row', async () => {
    const all = officers();
    const target = all[2 * PAGE_ROWS + 1] ?? '';
    const number = target.split('/').at(-2) ?? '';
    await withPhone(async (page) => {
      await page.goto(`${site.origin}/enforcement/officers/`);
      const links = await page.locator('.cert-ranges a').evaluateAll((found) => found.map((link) => ({ href: link.getAttribute('href') ?? '', text: link.textContent ?? '' })));
      expect(links).toHaveLength(pageCount(all.length));
      const holding = links.find(({ text }) => {
        const [, first = '', last = ''] = /：(\d+) 至 (\d+)/.exec(text) ?? [];
        return first <= number && number <= last;
      });
      await page.goto(`${site.origin}${holding?.href ?? ''}#cert-${number}`);
      expect(await page.locator(`#cert-${number} th a`).getAttribute('href')).toBe(target);
    }, false);
  });
});

it('writes the later pages of every list as valid HTML', () => {
  const files = ['services/page/3/', 'powers/page/2/', 'responsibilities/page/2/', 'enforcement/officers/page/3/', 'documents/page/2/', 'documents/year/2024/page/2/', 'notices/page/2/', 'interpretations/page/2/', 'consultations/page/2/', 'powers/type/01/page/2/']
    .map((path) => join(dist, path, 'index.html'));
  const result = spawnSync('java', ['-Xss4m', '-jar', createRequire(import.meta.url)('vnu-jar') as string, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (result.error) throw new Error(`无法运行 Java：${result.error.message}`);
  const { messages } = JSON.parse(result.stderr || result.stdout || '{"messages":[]}') as { messages: { url: string; lastLine?: number; message: string }[] };
  expect(messages.map((message) => `${message.url}:${message.lastLine ?? ''} ${message.message}`)).toEqual([]);
});
