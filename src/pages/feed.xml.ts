// RSS feed of the site's newest items, whatever their column; each column also has its own
// (src/pages/feeds/), so kinds that rarely change still reach subscribers.
import type { APIRoute } from 'astro';
import { getCatalogue } from '../data/catalogue.ts';
import { getSite } from '../data/content.ts';
import { feedResponse } from '../lib/feed.ts';

export const GET: APIRoute = async (context) => {
  const site = await getSite();
  return feedResponse({
    title: `${site.name}：最新公开信息`,
    description: `${site.name}主动公开的政府信息，按更新日期排列`,
    site: context.site ?? site.siteUrl,
    items: await getCatalogue(),
  });
};
