// What the site offers other channels: the RSS feed, sitemap.xml, robots.txt and the 信息公开目录,
// all generated from the same catalogue of published entries.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from './support.ts';

const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const locs = () => [...read('sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);

describe('RSS feed', () => {
  const feed = read('feed.xml');
  const items = [...feed.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);

  it('lists items newest first with the content’s own dates', () => {
    expect(items.length).toBeGreaterThan(10);
    const dates = items.map((item) => Date.parse(/<pubDate>([^<]+)<\/pubDate>/.exec(item)![1]!));
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    expect(feed).toContain('<language>zh-CN</language>');
  });
  it('starts with the most recently updated item of the catalogue and leaves out expired penalty decisions', () => {
    const newest = /<tbody[^>]*>[\s\S]*?<a href="([^"]+)"/.exec(read('catalogue/index.html'))![1]!;
    expect(/<link>([^<]+)<\/link>/.exec(items[0]!)![1]).toBe(`https://rfb.example.gov.cn${newest}`);
    expect(feed).not.toContain('示防罚决〔2025〕2号');
    expect(feed).not.toContain('CF-2025-002');
  });
});

describe('sitemap.xml and robots.txt', () => {
  it('lists every service guide and list page under the office’s own address', () => {
    const paths = locs();
    for (const path of ['/', '/services/', '/services/RF-XK-001-01/', '/powers/RF-XK-003/', '/enforcement/officers/99010021001/', '/reports/fzzf-2024/', '/guide/', '/catalogue/']) {
      expect(paths, path).toContain(path);
    }
    expect(paths).not.toContain('/404/');
    expect(paths).not.toContain('/enforcement/penalties/CF-2025-002/');
  });
  it('has robots.txt point at the sitemap', () => {
    expect(read('robots.txt')).toContain('Sitemap: https://rfb.example.gov.cn/sitemap-index.xml');
  });
});

describe('the 信息公开目录', () => {
  it('has a row for every item in the feed’s source, with 索引号 and dates', () => {
    const html = read('catalogue/index.html');
    const rows = html.match(/<tr[ >]/g)?.length ?? 0;
    const indexNos = new Set(html.match(/11990100MB1234567F\/\d{4}-\d{5}/g));
    expect(indexNos.size).toBe(rows - 1);
    expect(html).toContain('/services/RF-XK-001-01/');
  });
});
