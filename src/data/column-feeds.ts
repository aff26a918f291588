// Each list's own RSS feed (/feeds/<name>.xml), named as its record names its open-data files:
// the feed pages, the list pages' links and the <link rel="alternate"> in their head all read it here.
import { listKeys, listKind, type ListKey } from '../kinds/index.ts';
import { slugOf } from '../kinds/define.ts';
import { columnFeedUrl } from '../lib/feed.ts';
import { catalogueOf } from './catalogue.ts';
import { getSite } from './content.ts';

export interface ColumnFeed {
  kind: ListKey;
  /** /feeds/<name>.xml */
  url: `/feeds/${string}.xml`;
  /** The file name without extension, the route's parameter. */
  name: string;
  title: string;
}

export async function columnFeed(kind: ListKey): Promise<ColumnFeed> {
  const record = listKind(kind);
  const url = columnFeedUrl(slugOf(kind), record.dataset);
  return { kind, url, name: url.slice('/feeds/'.length, -'.xml'.length), title: `${(await getSite()).name}：${record.column.name}` };
}

export const columnFeeds = (): Promise<ColumnFeed[]> => Promise.all(listKeys.map(columnFeed));

/** A column's published entries as the 信息公开目录 orders them: newest update first. */
export const columnItems = (kind: ListKey) => catalogueOf(kind);
