// RSS feed of new and updated items, newest first. An update gets its own item (the guid carries
// the update date), so subscribers see changed service guides as well as new ones.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCatalogue } from '../data/catalogue.ts';
import { getSite } from '../data/content.ts';

const FEED_LENGTH = 50;

export const GET: APIRoute = async (context) => {
  const site = await getSite();
  const items = (await getCatalogue()).slice(0, FEED_LENGTH);
  return rss({
    title: `${site.name}：最新公开信息`,
    description: `${site.name}主动公开的政府信息，按更新日期排列`,
    site: context.site ?? site.siteUrl,
    customData: '<language>zh-CN</language>',
    items: items.map((item) => ({
      title: item.publishDate === item.updateDate ? item.title : `${item.title}（更新）`,
      link: item.url,
      pubDate: new Date(`${item.updateDate}T00:00:00+08:00`),
      description: item.summary ?? `${item.kindLabel}：${item.title}`,
      categories: [item.kindLabel],
      customData: `<guid isPermaLink="false">${item.indexNo}@${item.updateDate}</guid>`,
    })),
  });
};
