// The breadcrumbs above a kind's pages, from where its record places it: the enforcement hub, or
// the list it is filed under (政策解读 under 政策文件), then the list itself.
import { listKind, listKeys, type ListKey } from '../../kinds/index.ts';
import { ENFORCEMENT_HUB } from '../../kinds/define.ts';

/** A breadcrumb as Breadcrumbs.astro takes it. */
export interface Crumb {
  label: string;
  href?: string;
}

export function parentCrumbs(kind: ListKey): Crumb[] {
  const { place } = listKind(kind);
  if (place.parent === 'enforcement') return [{ label: ENFORCEMENT_HUB.label, href: ENFORCEMENT_HUB.url }];
  if (place.parent === 'top') return [];
  const parent = listKeys.find((key) => key === place.list);
  if (!parent) throw new Error(`src/kinds：place.list “${place.list}” 不是已有的内容类别`);
  return [...parentCrumbs(parent), { label: listKind(parent).column.name, href: listKind(parent).url }];
}

/** The crumbs of a list page (the list's own name last, unlinked) or of an entry under it. */
export function kindCrumbs(kind: ListKey, entryLabel?: string): Crumb[] {
  const { column, url } = listKind(kind);
  return entryLabel === undefined
    ? [...parentCrumbs(kind), { label: column.name }]
    : [...parentCrumbs(kind), { label: column.name, href: url }, { label: entryLabel }];
}
