// /feeds/<name>.xml: one column's newest entries (FEED_LENGTH), so a column whose entries never reach
// the site's newest (收费目录, 内设机构 …) can still be followed. Every list in the kind records has one.
import type { APIRoute, GetStaticPaths } from 'astro';
import { columnFeeds, columnItems, type ColumnFeed } from '../../data/column-feeds.ts';
import { getSite } from '../../data/content.ts';
import { listKind } from '../../kinds/index.ts';
import { feedResponse } from '../../lib/feed.ts';

export const getStaticPaths = (async () => (await columnFeeds()).map((feed) => ({ params: { name: feed.name }, props: { feed } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async (context) => {
  const { feed } = context.props as { feed: ColumnFeed };
  const site = await getSite();
  return feedResponse({
    title: feed.title,
    description: `${listKind(feed.kind).column.description}（${site.name}，按更新日期排列）`,
    site: context.site ?? site.siteUrl,
    items: await columnItems(feed.kind),
  });
};
