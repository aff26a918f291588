// Every list in the kind records has its own RSS feed, so a column that rarely changes (收费目录,
// 内设机构) still reaches subscribers though its entries never make the site feed's newest 50: the
// feed is well-formed RSS 2.0 with the column's published entries newest first, each linking a
// built page, and the list page offers it. The 开放数据 page links every GeoJSON file the site has.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element as HastElement } from 'hast';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listKeys, listKind } from '../../src/kinds/index.ts';
import { slugOf } from '../../src/kinds/define.ts';
import { FEED_LENGTH, columnFeedUrl } from '../../src/lib/feed.ts';
import { DIST, startSite, type Site } from './support.ts';

const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const builtPage = (path: string) => existsSync(join(DIST, decodeURIComponent(path), 'index.html'));

/** The elements of a built page with this tag name. */
function elements(path: string, tag: string): HastElement[] {
  const found: HastElement[] = [];
  visit(fromHtml(read(path)), 'element', (node: HastElement) => {
    if (node.tagName === tag) found.push(node);
  });
  return found;
}
const text = (node: HastElement): string => node.children.map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? text(child) : '')).join('');

interface ParsedFeed {
  error: string | null;
  root: string;
  version: string | null;
  channel: { title: string; link: string; description: string; language: string };
  items: { title: string; link: string; pubDate: string; guid: string; description: string }[];
}

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.stop();
});

/** The feed as served, parsed by Chromium's XML parser: a feed it cannot parse reports its error. */
async function parsedFeed(url: string): Promise<ParsedFeed> {
  const response = await fetch(`${site.origin}${url}`);
  expect(response.status, url).toBe(200);
  expect(response.headers.get('content-type'), url).toMatch(/xml/);
  const xml = await response.text();
  const context = await site.browser.newContext();
  try {
    const page = await context.newPage();
    return await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'application/xml');
      const error = doc.querySelector('parsererror');
      const child = (node: Element | null, name: string) => node?.querySelector(`:scope > ${name}`)?.textContent ?? '';
      const channel = doc.querySelector('rss > channel');
      return {
        error: error ? error.textContent : null,
        root: doc.documentElement.nodeName,
        version: doc.documentElement.getAttribute('version'),
        channel: { title: child(channel, 'title'), link: child(channel, 'link'), description: child(channel, 'description'), language: child(channel, 'language') },
        items: [...doc.querySelectorAll('rss > channel > item')].map((item) => ({
          title: child(item, 'title'),
          link: child(item, 'link'),
          pubDate: child(item, 'pubDate'),
          guid: child(item, 'guid'),
          description: child(item, 'description'),
        })),
      };
    }, xml);
  } finally {
    await context.close();
  }
}

describe.each(listKeys)('the column feed of %s', (key) => {
  const kind = listKind(key);
  const url = columnFeedUrl(slugOf(key), kind.dataset);

  it('is RSS 2.0 named after the column, its published entries newest first, each linking a built page', async () => {
    const feed = await parsedFeed(url);
    expect(feed.error, `${url} 不是格式正确的 XML`).toBeNull();
    expect(feed.root).toBe('rss');
    expect(feed.version).toBe('2.0');
    expect(feed.channel.title).toContain(kind.column.name);
    expect(feed.channel.language).toBe('zh-CN');
    expect(feed.channel.description).not.toBe('');
    expect(feed.items.length, `${url} 没有条目`).toBeGreaterThan(0);
    const dates = feed.items.map((item) => Date.parse(item.pubDate));
    for (const date of dates) expect(Number.isNaN(date)).toBe(false);
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    for (const item of feed.items) {
      expect(item.title).not.toBe('');
      expect(item.guid).not.toBe('');
      const link = new URL(item.link);
      expect(link.origin).toBe('https://rfb.example.gov.cn');
      expect(link.pathname.startsWith(kind.url), `${item.link} 不在本栏目 ${kind.url} 之下`).toBe(true);
      expect(builtPage(link.pathname), `${item.link} 没有生成页面`).toBe(true);
    }
    // The column's newest published entries, as many as its open data has (expired penalty
    // decisions left out) up to FEED_LENGTH.
    if ('name' in kind.dataset) {
      const data = JSON.parse(read(`data/${kind.dataset.name}.json`)) as { items: unknown[] };
      expect(feed.items.length).toBe(Math.min(FEED_LENGTH, data.items.length));
    }
  });

  it('is offered on the list page: a visible link and a <link rel="alternate"> in its head', () => {
    const page = join(kind.url, 'index.html');
    const anchors = elements(page, 'a').filter((a) => a.properties.href === url);
    expect(anchors.map(text), `${kind.url} 没有链接 ${url}`).toContain('订阅本栏目（RSS）');
    const alternates = elements(page, 'link').filter((link) => String(link.properties.rel) === 'alternate' && link.properties.type === 'application/rss+xml');
    expect(alternates.map((link) => link.properties.href)).toEqual(['/feed.xml', url]);
    expect(alternates[1]!.properties.title).toContain(kind.column.name);
  });
});

it('gives every list a feed of its own address', () => {
  const urls = listKeys.map((key) => columnFeedUrl(slugOf(key), listKind(key).dataset));
  expect(new Set(urls).size).toBe(urls.length);
});

describe('the 开放数据 page', () => {
  const hrefs = () => elements('data/index.html', 'a').map((a) => String(a.properties.href));

  it('links the shelters’ GeoJSON beside their CSV and JSON', () => {
    const links = hrefs();
    expect(links).toContain('/data/shelters.geojson');
    const item = elements('data/index.html', 'li').find((li) => li.children.some((child) => child.type === 'element' && child.properties.href === '#shelters'))!;
    const inItem: string[] = [];
    visit(item, 'element', (node: HastElement) => {
      if (node.tagName === 'a') inItem.push(String(node.properties.href));
    });
    expect(inItem).toEqual(['#shelters', '/data/shelters.csv', '/data/shelters.xlsx', '/data/shelters.json', '/data/shelters.geojson']);
    const geojson = JSON.parse(read('data/shelters.geojson')) as { type: string; features: unknown[] };
    expect(geojson.type).toBe('FeatureCollection');
    expect(geojson.features.length).toBeGreaterThan(0);
  });

  it('links no GeoJSON file the build does not have', () => {
    for (const href of hrefs().filter((h) => h.endsWith('.geojson'))) expect(existsSync(join(DIST, href)), href).toBe(true);
  });
});
