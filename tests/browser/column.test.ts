// The 政府信息公开 column's newer kinds (issue 16) as readers meet them: search finds each kind from
// what a citizen would type, every list's open data and the feed are there and well-formed, the
// next 防空警报试鸣 and the open 征求意见 reach the home page as of the build's today, and the
// application form prints without the site around it. Expected dates, times and states are
// computed from the files under content/, so new sample content does not need this file changed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { listKeys, listKind } from '../../src/kinds/index.ts';
import { parseCsv } from '../../src/lib/export/csv.ts';
import { axeViolations, DIST, openPage, ROOT, startSite, type Site } from './support.ts';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.stop();
});

/** Opens `path`, runs `use` and closes the page whatever happens. */
async function onPage<T>(path: string, use: (page: Page, status: number) => Promise<T>, options?: Parameters<typeof openPage>[2]): Promise<T> {
  const { page, status, close } = await openPage(site, path, options);
  try {
    return await use(page, status);
  } finally {
    await close();
  }
}

const get = async (path: string) => {
  const response = await fetch(`${site.origin}${path}`);
  expect(response.status, path).toBe(200);
  return response;
};

// ---------------------------------------------------------------- content, read as the build read it

/** The YAML of a content file: the whole file, or a Markdown file's front matter. */
function contentData(path: string): Record<string, unknown> {
  const text = readFileSync(join(ROOT, 'content', path), 'utf8');
  if (!path.endsWith('.md')) return parseYaml(text) as Record<string, unknown>;
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match) throw new Error(`content/${path} 没有 front matter`);
  return parseYaml(match[1]!) as Record<string, unknown>;
}

/** The entries of a content folder, by file name without its extension. */
function contentEntries(folder: string): { id: string; data: Record<string, unknown> }[] {
  return readdirSync(join(ROOT, 'content', folder))
    .filter((name) => /\.(ya?ml|md)$/.test(name))
    .map((name) => ({ id: name.replace(/\.(ya?ml|md)$/, ''), data: contentData(`${folder}/${name}`) }));
}

/** YAML dates may arrive as Date objects; the site compares ISO text. */
const iso = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

/**
 * The build's today (the real date in Beijing or GONGKAI_TODAY when it ran), as the officer
 * directory states it: what the home page and the consultation pages were decided by. Read from
 * the build, never from the clock, so that a site built yesterday is judged by yesterday.
 */
function buildToday(): string {
  const html = readFileSync(join(DIST, 'enforcement/officers/index.html'), 'utf8');
  const match = /状态按 <time datetime="(\d{4}-\d{2}-\d{2})"/.exec(html);
  if (!match) throw new Error(`${DIST}enforcement/officers/index.html 中找不到“状态按 <time datetime=…> 计算”，无法得知构建日期`);
  return match[1]!;
}

/** The list kinds issue 16 added. */
const NEW_KINDS = ['notices', 'news', 'alarmTests', 'consultations', 'finance', 'fees', 'proposals', 'decisions', 'leaders', 'orgUnits', 'worksUse', 'shelters', 'education'] as const;

// ---------------------------------------------------------------- 1. search

/** Searches through the real /search/ page and returns the result addresses in order. */
async function search(query: string): Promise<string[]> {
  return onPage(`/search/?q=${encodeURIComponent(query)}`, async (page) => {
    await page.waitForFunction(() => {
      const text = document.getElementById('search-status')?.textContent ?? '';
      return text !== '' && text !== '正在搜索…';
    });
    return page.locator('#search-results li h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  });
}

// [kind, what a citizen types, the page that must be among the first three results]
const queries: [string, string, string][] = [
  ['notices', '人防工程汛期防汛', '/notices/TZ-2025-004/'],
  ['notices', '元旦期间窗口还受理吗', '/notices/TZ-2026-003/'],
  ['notices', '平时使用备案可以网上办吗', '/notices/TZ-2026-002/'],
  ['notices', '人防工程专项检查自查表', '/notices/TZ-2026-001/'],
  ['news', '人防工程安全隐患排查', '/news/DT-2026-012/'],
  ['news', '人防知识进社区', '/news/DT-2026-013/'],
  ['alarmTests', '高新区警报试鸣', '/alarm-tests/JB-2026-12/'],
  ['alarmTests', '2025年防空警报什么时候试鸣', '/alarm-tests/JB-2025/'],
  ['consultations', '防空地下室管理规定征求意见', '/consultations/ZQ-2026-01/'],
  ['consultations', '平时使用管理办法怎么提意见', '/consultations/ZQ-2026-02/'],
  ['consultations', '征求意见采纳情况', '/consultations/ZQ-2026-01/'],
  ['finance', '人防办2026年部门预算', '/finance/YS-2026/'],
  ['finance', '2024年三公经费决算', '/finance/JS-2024/'],
  ['finance', '人防办决算', '/finance/JS-2025/'],
  ['fees', '拆除人防工程补偿费', '/fees/SF-002/'],
  ['fees', '易地建设费每平方米收多少', '/fees/SF-001/'],
  ['proposals', '老旧小区人防工程改造建议', '/proposals/JY-2026-001/'],
  ['proposals', '中小学生防空教育提案', '/proposals/TA-2026-001/'],
  ['proposals', '建议提案办理结果', '/proposals/'],
  ['decisions', '警报设施建设规划', '/decisions/JC-2026-02/'],
  ['decisions', '平时使用管理办法修订', '/decisions/JC-2026-01/'],
  ['decisions', '重大行政决策目录', '/decisions/'],
  ['leaders', '李明远', '/org/leaders/LD-01/'],
  ['leaders', '陈书平分管哪些工作', '/org/leaders/LD-03/'],
  // The leaders' pages say 人防办领导 in their keywords; 哪位 and 是谁 ask for a person.
  ['leaders', '哪位领导分管警报试鸣', '/org/leaders/LD-03/'],
  ['leaders', '人防办主任是谁', '/org/leaders/LD-01/'],
  ['orgUnits', '政务公开科电话', '/org/units/NS-01/'],
  ['orgUnits', '警报科电话', '/org/units/NS-04/'],
  ['orgUnits', '工程建设管理科在几楼', '/org/units/NS-02/'],
  // 科室 is what people call the 内设机构; 各 asks for the list.
  ['orgUnits', '人防办各科室电话', '/org/units/'],
  ['worksUse', '中山路地下停车场', '/civil-defense/works-use/GC-001/'],
  ['worksUse', '东湖小区地下车库', '/civil-defense/works-use/GC-002/'],
  ['worksUse', '人民广场地下商业街', '/civil-defense/works-use/GC-003/'],
  ['shelters', '人民公园避难场所', '/civil-defense/shelters/BN-002/'],
  ['shelters', '西山乡疏散基地', '/civil-defense/shelters/BN-001/'],
  ['education', '国家宪法日', '/civil-defense/education/XJ-2025-04/'],
  ['education', '国际民防日活动', '/civil-defense/education/XJ-2026-01/'],
  ['education', '防灾减灾日人防进社区', '/civil-defense/education/XJ-2026-02/'],
  ['article20', '第二十条', '/article-20/'],
  ['article20', '主动公开哪些信息', '/article-20/'],
  ['apply', '依申请公开', '/apply/'],
  ['apply', '申请信息公开多久答复', '/apply/'],
  ['apply', '政府信息公开申请表打印', '/apply/form/'],
];

describe('search finds each new kind from a citizen’s words', () => {
  it.each(queries)('%s: %s puts %s in the top 3', async (_kind, query, expected) => {
    const urls = await search(query);
    expect(urls.slice(0, 3), `${query} → ${urls.slice(0, 5).join(' ')}`).toContain(expected);
  });
});

// ---------------------------------------------------------------- 2. open data and the feed

// Every list kind with an open-data file, from the kind records: a new kind is checked here the
// day its record names a dataset.
const datasets = listKeys.flatMap((key) => {
  const { dataset } = listKind(key);
  return 'name' in dataset ? [[key, dataset.name] as const] : [];
});

describe('open data', () => {
  it('names a dataset for each of the new kinds', () => {
    const keys = datasets.map(([key]) => key);
    for (const key of NEW_KINDS) expect(keys).toContain(key);
  });

  it.each(datasets)('%s: /data/%s.csv and .json have the same rows, at least one', async (_key, name) => {
    const csv = parseCsv((await (await get(`/data/${name}.csv`)).text()).replace(/^\uFEFF/, ''));
    const json = (await (await get(`/data/${name}.json`)).json()) as { items?: unknown[] };
    expect(csv.length, `/data/${name}.csv`).toBeGreaterThan(1);
    expect(Array.isArray(json.items), `/data/${name}.json 没有 items`).toBe(true);
    expect(json.items!.length).toBeGreaterThan(0);
    expect(json.items!.length).toBe(csv.length - 1);
  });

  it('offers the shelters as GeoJSON: a FeatureCollection of Points at the coordinates in content/', async () => {
    const response = await get('/data/shelters.geojson');
    const geo = (await response.json()) as {
      type: string;
      features: { type: string; id?: string; geometry: { type: string; coordinates: unknown }; properties: unknown }[];
    };
    expect(geo.type).toBe('FeatureCollection');
    const shelters = contentEntries('civil-defense/shelters');
    expect(geo.features).toHaveLength(shelters.length);
    for (const feature of geo.features) {
      expect(feature.type).toBe('Feature');
      expect(feature.geometry.type).toBe('Point');
      const coordinates = feature.geometry.coordinates as number[];
      // RFC 7946: [longitude, latitude], numbers, in range.
      expect(coordinates).toHaveLength(2);
      expect(coordinates.every((n) => typeof n === 'number' && Number.isFinite(n))).toBe(true);
      expect(Math.abs(coordinates[0]!)).toBeLessThanOrEqual(180);
      expect(Math.abs(coordinates[1]!)).toBeLessThanOrEqual(90);
      expect(typeof feature.properties).toBe('object');
    }
    const points = geo.features.map((feature) => (feature.geometry.coordinates as number[]).join(','));
    for (const { id, data } of shelters) expect(points, id).toContain(`${data.lng},${data.lat}`);
  });
});

describe('the feed', () => {
  it('is well-formed RSS, and every item links a page of this site that exists', async () => {
    const text = await (await get('/feed.xml')).text();
    // Chromium's own XML parser: what a feed reader would refuse, it reports as <parsererror>.
    const parsed = await onPage('/', (page) =>
      page.evaluate((xml) => {
        const doc = new DOMParser().parseFromString(xml, 'application/xml');
        const error = doc.querySelector('parsererror')?.textContent ?? null;
        return { error, root: doc.documentElement.nodeName, links: [...doc.querySelectorAll('channel > item > link')].map((link) => link.textContent ?? '') };
      }, text),
    );
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('rss');
    expect(parsed.links.length).toBeGreaterThan(0);
    for (const link of parsed.links) {
      const { pathname } = new URL(link);
      const response = await fetch(`${site.origin}${pathname}`);
      expect(response.status, link).toBe(200);
      expect(response.headers.get('content-type'), link).toMatch(/text\/html/);
    }
  });

  // The feed is the head of the 政府信息公开目录 (newest first), so a new kind reaches it by being
  // in the catalogue: each new kind has entries there.
  it.each(NEW_KINDS)(
    'the catalogue the feed is drawn from lists entries of %s',
    async (key) => {
      const url = listKind(key).url;
      // Every page of the catalogue, by its 下一页 links.
      const hrefs: string[] = [];
      for (let path: string | undefined = '/catalogue/'; path !== undefined; ) {
        const found: { links: string[]; next: string[] } = await onPage(path, async (page) => ({
          links: await page.locator('main a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? '')),
          next: await page.locator('main a[rel="next"]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? '')),
        }));
        hrefs.push(...found.links);
        path = found.next[0];
      }
      expect(hrefs.filter((href) => href.startsWith(url) && href !== url).length, url).toBeGreaterThan(0);
    },
  );
});

// ---------------------------------------------------------------- 3. 防空警报试鸣

interface AlarmTest {
  id: string;
  date: string;
  area: string;
  signals: { signal: string; time: string }[];
}
const alarmTests: AlarmTest[] = contentEntries('alarm-tests').map(({ id, data }) => ({
  id,
  date: iso(data.date),
  area: String(data.area),
  signals: data.signals as AlarmTest['signals'],
}));

/**
 * An announcement's start in the form of an iCalendar UTC date-time: the first signal's time on
 * its date, Beijing time (UTC+8 all year: China keeps no summer time).
 */
function expectedStart(test: AlarmTest): string {
  const [year, month, day] = test.date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = test.signals[0]!.time.split(':').map(Number) as [number, number];
  return `${new Date(Date.UTC(year, month - 1, day, hour - 8, minute)).toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
}

const dtstart = (ics: string) => /^DTSTART[;:](.*)$/m.exec(ics)?.[1]?.trim();

describe('防空警报试鸣', () => {
  it.each(alarmTests.map((t) => [t.id, t] as const))('%s: its calendar file starts at its date and first signal', async (_id, test) => {
    const ics = await (await get(`/alarm-tests/${test.id}/calendar.ics`)).text();
    expect(ics).toMatch(/^BEGIN:VCALENDAR/);
    expect(dtstart(ics)).toBe(expectedStart(test));
  });

  it('links the calendar file from the page of every test still to come, the next one included', async () => {
    const today = buildToday();
    for (const test of alarmTests.filter((t) => t.date >= today)) {
      const href = await onPage(`/alarm-tests/${test.id}/`, async (page, status) => {
        expect(status).toBe(200);
        return page.locator('main a[href$="calendar.ics"]').first().getAttribute('href');
      });
      expect(href, test.id).toBe(`/alarm-tests/${test.id}/calendar.ics`);
    }
  });

  it('shows the next test (as of the build’s today) on the home page, with its calendar file', async () => {
    const today = buildToday();
    const next = alarmTests.filter((t) => t.date >= today).sort((a, b) => a.date.localeCompare(b.date))[0];
    await onPage('/', async (page) => {
      const section = page.locator('section[aria-labelledby="next-alarm-test"]');
      if (!next) {
        // No test announced after the build's today: the home page shows none rather than an old one.
        await expect(section.count()).resolves.toBe(0);
        return;
      }
      await expect(section.locator(`time[datetime="${next.date}"]`).count()).resolves.toBe(1);
      await expect(section.locator(`a[href="/alarm-tests/${next.id}/"]`).count()).resolves.toBe(1);
      expect(await section.textContent()).toContain(next.signals[0]!.time);
      const calendar = await section.locator('a[href$="calendar.ics"]').getAttribute('href');
      expect(calendar).toBe(`/alarm-tests/${next.id}/calendar.ics`);
      expect(dtstart(await (await get(calendar!)).text())).toBe(expectedStart(next));
    });
  });
});

// ---------------------------------------------------------------- 4. 征求意见

interface Consultation {
  id: string;
  openDate: string;
  closeDate: string;
  feedback?: { summary: string };
}
const consultations: Consultation[] = contentEntries('consultations').map(({ id, data }) => ({
  id,
  openDate: iso(data.openDate),
  closeDate: iso(data.closeDate),
  feedback: data.feedback as Consultation['feedback'],
}));

describe('征求意见', () => {
  it('lists exactly the consultations open on the build’s today on the home page', async () => {
    const today = buildToday();
    const open = consultations.filter((c) => c.openDate <= today && today <= c.closeDate).map((c) => `/consultations/${c.id}/`);
    const shown = await onPage('/', (page) =>
      page.locator('section[aria-labelledby="open-consultations"] a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? '')),
    );
    expect(shown.sort()).toEqual(open.sort());
  });

  it('shows the 采纳情况 of a closed consultation, and no call for comments', async () => {
    const today = buildToday();
    const closed = consultations.filter((c) => c.closeDate < today && c.feedback);
    expect(closed.length, '示例内容中应有已截止并公布采纳情况的征求意见').toBeGreaterThan(0);
    for (const c of closed) {
      await onPage(`/consultations/${c.id}/`, async (page, status) => {
        expect(status).toBe(200);
        const feedback = page.locator('section[aria-labelledby="feedback"]');
        expect(await feedback.locator('h2').textContent()).toContain('采纳情况');
        expect(await feedback.textContent()).toContain(c.feedback!.summary);
        expect(await page.locator('section[aria-labelledby="respond"]').textContent()).toContain('截止');
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });

  it('has no 采纳情况 section on a consultation still open', async () => {
    const today = buildToday();
    for (const c of consultations.filter((c) => c.openDate <= today && today <= c.closeDate)) {
      await onPage(`/consultations/${c.id}/`, async (page) => {
        await expect(page.locator('section[aria-labelledby="feedback"]').count()).resolves.toBe(0);
        await expect(page.locator('section[aria-labelledby="respond"] a[href^="mailto:"]').count()).resolves.toBeGreaterThan(0);
      });
    }
  });
});

// ---------------------------------------------------------------- 5. the printable application form

describe('the application form /apply/form/', () => {
  it('prints the form alone: navigation hidden, every field visible', async () => {
    await onPage('/apply/form/', async (page, status) => {
      expect(status).toBe(200);
      const navs = page.locator('nav');
      const form = page.locator('.application-form');
      const fields = ['姓名', '证件号码', '统一社会信用代码', '信息名称、文号或者便于查询的其他特征性描述', '获取信息的方式（任选）', '申请人签名或者盖章', '申请日期'];
      // On screen the navigation is there: the print check below is about print.
      expect(await navs.count()).toBeGreaterThan(0);
      expect(await navs.first().isVisible()).toBe(true);
      await page.emulateMedia({ media: 'print' });
      for (const nav of await navs.all()) expect(await nav.isVisible()).toBe(false);
      expect(await page.locator('.site-header').isVisible()).toBe(false);
      expect(await form.isVisible()).toBe(true);
      for (const field of fields) expect(await form.locator('th', { hasText: field }).first().isVisible(), field).toBe(true);
      // The blank cells are where applicants write: they keep a height on paper.
      const blanks = await form.locator('td.blank').evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().height));
      expect(blanks.length).toBeGreaterThan(0);
      expect(blanks.every((height) => height > 10)).toBe(true);
    });
  });
});

describe('an attached document on a page built from its record', () => {
  it('is one download link with its type and size, not its path as text', async () => {
    const { page, close } = await openPage(site, '/proposals/JY-2026-001/');
    try {
      const reply = page.locator('dl.fields div', { has: page.locator('dt', { hasText: /^复文$/ }) }).locator('dd');
      await expect(reply.locator('a[download]').getAttribute('href')).resolves.toBe('/files/proposals/files/JY-2026-001-reply.pdf');
      await expect(reply.textContent()).resolves.toMatch(/（PDF，\d+ KB）$/);
      const file = await fetch(`${site.origin}/files/proposals/files/JY-2026-001-reply.pdf`);
      expect(file.status).toBe(200);
    } finally {
      await close();
    }
  });
});
