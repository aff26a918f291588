// The site's columns and the pages under them: the 网站地图 page reads this. Where each list sits,
// in what order, and how its entries are titled all come from the kind records.
import { kindKeys, listKeys, listKind, singleKind, type ListKey } from '../kinds/index.ts';
import { ENFORCEMENT_HUB, type Placement } from '../kinds/define.ts';
import { entryPath, listPath } from './routes.ts';
import { entriesOf, titleOf } from './content.ts';

export interface MapNode {
  label: string;
  href: string;
  children?: MapNode[];
}

/** The lists placed under a parent, in the order of the list of kinds. */
const placed = (parent: 'enforcement' | ListKey) =>
  listKeys.filter((key) => {
    const place: Placement = listKind(key).place;
    return place.parent === 'list' ? place.list === parent : place.parent === parent;
  });

/** Pages of single-file kinds (部门职责 under 责任清单), filed under a list. */
const pagesUnder = (key: ListKey): MapNode[] =>
  kindKeys.flatMap((k) => {
    const page = singleKind(k)?.page;
    return page && page.under === key ? [{ label: page.label, href: page.url }] : [];
  });

/**
 * Entries a list shows in the site map; a longer list is one line leading to the list (a site of
 * 10,000 decisions made a 1.6 MB site map).
 */
export const SITE_MAP_ENTRIES = 100;

async function entryNodes(key: ListKey): Promise<MapNode[]> {
  const entries = await entriesOf(key);
  if (entries.length > SITE_MAP_ENTRIES) return [{ label: `${listKind(key).column.name}共 ${entries.length} 条，请在列表中浏览`, href: listPath(key) }];
  return Promise.all(entries.map(async (entry) => ({ label: await titleOf(key, entry), href: entryPath(key, entry.id) })));
}

/** A list with its entries, then the lists filed under it (政策解读 and 清理结果 under 政策文件). */
async function listNode(key: ListKey): Promise<MapNode> {
  const below = await Promise.all(placed(key).map(listNode));
  return { label: listKind(key).column.name, href: listPath(key), children: [...pagesUnder(key), ...(await entryNodes(key)), ...below] };
}

export async function getSiteMap(): Promise<MapNode[]> {
  const hub: MapNode = { label: ENFORCEMENT_HUB.label, href: ENFORCEMENT_HUB.url, children: await Promise.all(placed('enforcement').map(listNode)) };
  // Top-level lists in the order of the list of kinds; the hub where its first list stands.
  const firstOnHub = listKeys.find((key) => listKind(key).place.parent === 'enforcement');
  const top = await Promise.all(
    listKeys.flatMap((key) => (listKind(key).place.parent === 'top' ? [listNode(key)] : key === firstOnHub ? [Promise.resolve(hub)] : [])),
  );
  return [
    ...top,
    { label: '政府信息公开指南', href: '/guide/', children: [{ label: '政府信息公开目录', href: '/catalogue/' }, { label: '开放数据', href: '/data/' }, { label: 'RSS 订阅', href: '/feed.xml' }] },
    { label: '搜索', href: '/search/' },
  ];
}
