// The RSS feeds: the site's newest items (/feed.xml) and one feed per column (/feeds/<name>.xml),
// built by the same code so an item reads the same in every feed. An update gets its own item
// (the guid carries the update date), so subscribers see changed entries as well as new ones.
import rss, { type RSSFeedItem } from '@astrojs/rss';

/** What a feed item is made from: a 信息公开目录 row (src/data/catalogue.ts). */
export interface FeedSource {
  kindLabel: string;
  title: string;
  url: string;
  indexNo: string;
  summary?: string;
  publishDate: string;
  updateDate: string;
}

export function feedItem(item: FeedSource): RSSFeedItem {
  return {
    title: item.publishDate === item.updateDate ? item.title : `${item.title}（更新）`,
    link: item.url,
    // The content records the day only, in China's time zone.
    pubDate: new Date(`${item.updateDate}T00:00:00+08:00`),
    description: item.summary ?? `${item.kindLabel}：${item.title}`,
    categories: [item.kindLabel],
    customData: `<guid isPermaLink="false">${item.indexNo}@${item.updateDate}</guid>`,
  };
}

/**
 * Items a feed holds, the newest: a reader polls the feed and keeps what it has seen, so older
 * items only make every poll longer (a column of 10,000 decisions made a 2.5 MB feed).
 */
export const FEED_LENGTH = 50;

export interface FeedOptions {
  title: string;
  description: string;
  site: string | URL;
  /** Newest first, as the 信息公开目录 orders them; the first FEED_LENGTH are kept. */
  items: FeedSource[];
}

export function feedResponse({ title, description, site, items }: FeedOptions): Promise<Response> {
  return rss({ title, description, site, customData: '<language>zh-CN</language>', items: items.slice(0, FEED_LENGTH).map(feedItem) });
}

/**
 * A column's feed address, named like its open-data files (a kind without open data by its key,
 * as a folder name), so one name finds a column's CSV, JSON and feed.
 */
export function columnFeedUrl(slug: string, dataset: { name: string } | { none: string }): `/feeds/${string}.xml` {
  return `/feeds/${'name' in dataset ? dataset.name : slug}.xml`;
}
