import { describe, expect, it } from 'vitest';
import { FEED_LENGTH, columnFeedUrl, feedItem, feedResponse, type FeedSource } from './feed.ts';

const fee: FeedSource = {
  kindLabel: '收费目录',
  title: '防空地下室易地建设费',
  url: '/fees/SF-001/',
  indexNo: '11990100MB1234567F/2025-00031',
  publishDate: '2025-03-01',
  updateDate: '2025-03-01',
};

describe('feedItem', () => {
  it('makes a new entry an item dated its day in China, summarised by its kind when it has no summary', () => {
    const item = feedItem(fee);
    expect(item.title).toBe('防空地下室易地建设费');
    expect(item.pubDate?.toISOString()).toBe('2025-02-28T16:00:00.000Z');
    expect(item.description).toBe('收费目录：防空地下室易地建设费');
    expect(item.categories).toEqual(['收费目录']);
  });
  it('marks an update and gives it a guid of its own, so subscribers see the change', () => {
    const updated = feedItem({ ...fee, updateDate: '2025-06-10', summary: '标准调整' });
    expect(updated.title).toBe('防空地下室易地建设费（更新）');
    expect(updated.description).toBe('标准调整');
    expect(updated.customData).toBe('<guid isPermaLink="false">11990100MB1234567F/2025-00031@2025-06-10</guid>');
    expect(feedItem(fee).customData).not.toBe(updated.customData);
  });
});

describe('feedResponse', () => {
  it('is RSS in Chinese with the items in the order given and absolute links', async () => {
    const older = { ...fee, title: '旧条目', url: '/fees/SF-000/', updateDate: '2024-01-01', publishDate: '2024-01-01' };
    const response = await feedResponse({ title: '测试：收费目录', description: '说明', site: 'https://test.example.gov.cn', items: [fee, older] });
    const xml = await response.text();
    expect(xml).toMatch(/^<\?xml [^>]*\?><rss [^>]*version="2\.0"[^>]*><channel><title>测试：收费目录<\/title>/);
    expect(xml).toContain('<language>zh-CN</language>');
    const links = [...xml.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => m[1]);
    expect(links).toEqual(['https://test.example.gov.cn/fees/SF-001/', 'https://test.example.gov.cn/fees/SF-000/']);
  });

  it('holds the newest FEED_LENGTH items of a long column, in the order given', async () => {
    const items = Array.from({ length: FEED_LENGTH * 3 }, (_, at) => ({ ...fee, url: `/fees/SF-${at}/`, indexNo: `${fee.indexNo}-${at}` }));
    const xml = await (await feedResponse({ title: '测试', description: '说明', site: 'https://test.example.gov.cn', items })).text();
    const links = [...xml.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => m[1]);
    expect(links).toEqual(items.slice(0, FEED_LENGTH).map((item) => `https://test.example.gov.cn${item.url}`));
  });
});

describe('columnFeedUrl', () => {
  it('names a column’s feed like its open-data files, or by its key when it has none', () => {
    expect(columnFeedUrl('org-units', { name: 'units' })).toBe('/feeds/units.xml');
    expect(columnFeedUrl('holidays', { none: '无开放数据' })).toBe('/feeds/holidays.xml');
  });
});
