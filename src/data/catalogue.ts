// The 信息公开目录: every published item with its 索引号, name, summary and dates, newest first.
// The catalogue page, the home page's latest updates, the RSS feed and the sitemap's lastmod
// all read this one list. Every kind record with a list joins it; the record titles its entries.
import { listKeys, listKind, type ListKey } from '../kinds/index.ts';
import type { FeedSource } from '../lib/feed.ts';
import { entryPath } from './routes.ts';
import { cachedList, entriesOf, titleOf } from './content.ts';

/** A 信息公开目录 row: what a feed item is made of (kindLabel: 服务指南, 权力清单 …), and its kind. */
export interface CatalogueItem extends FeedSource {
  kind: string;
}

type Cataloguable = { id: string; data: { indexNo: string; publishDate: string; updateDate: string; summary?: string } };

/** One kind's published entries as catalogue items. */
async function itemsOf(kind: ListKey): Promise<CatalogueItem[]> {
  const entries = (await entriesOf(kind)) as Cataloguable[];
  return Promise.all(
    entries.map(async (entry) => ({
      kind,
      kindLabel: listKind(kind).label,
      title: await titleOf(kind, entry),
      url: entryPath(kind, entry.id),
      indexNo: entry.data.indexNo,
      summary: entry.data.summary ?? listKind(kind).summary?.(entry.data),
      publishDate: entry.data.publishDate,
      updateDate: entry.data.updateDate,
    })),
  );
}

/** The whole catalogue, newest update first: made once per build, each caller gets its own copy. */
export const getCatalogue = cachedList('catalogue', async (): Promise<CatalogueItem[]> => {
  const lists = await Promise.all(listKeys.map(itemsOf));
  return lists.flat().sort((a, b) => b.updateDate.localeCompare(a.updateDate) || a.indexNo.localeCompare(b.indexNo));
});

// Grouped in one pass (copying a group's array for each item made this quadratic in a kind's size).
const byKind = cachedList('catalogueByKind', async () => [Map.groupBy(await getCatalogue(), (item): string => item.kind)]);

/** One kind's rows in the catalogue's order, from the catalogue grouped once per build. */
export async function catalogueOf(kind: ListKey): Promise<CatalogueItem[]> {
  const [groups] = await byKind();
  return [...(groups!.get(kind) ?? [])];
}
