// The main menu's sections and the addresses each one owns (its own page, the lists its kind
// records file under it and their single pages). It depends on the records only, so it is worked
// out once when the module loads, not on every page that shows the header.
import { kindKeys, listKeys, listKind, singleKind } from '../kinds/index.ts';
import { ENFORCEMENT_HUB, type MenuSection } from '../kinds/define.ts';

export interface MenuEntry {
  href: string;
  label: MenuSection | '信息公开指南';
  /** Address prefixes (the section's own first) under which the section is the current one. */
  owns: string[];
}

const sections: { href: string; label: MenuEntry['label']; also: string[] }[] = [
  { href: '/services/', label: '办事服务', also: [] },
  { href: '/powers/', label: '权责清单', also: [] },
  { href: ENFORCEMENT_HUB.url, label: '执法公示', also: [] },
  { href: '/documents/', label: '政策文件', also: [] },
  { href: '/reports/', label: '年度报告', also: [] },
  // 依申请公开 is filed under 年度报告 in the site map, but readers reach it from the guide (its breadcrumbs say so).
  { href: '/guide/', label: '信息公开指南', also: ['/catalogue/', '/data/', '/apply/'] },
];
const claimed = new Set(sections.flatMap((section) => section.also));
for (const key of listKeys) {
  const { menu, url } = listKind(key);
  // A top-level list outside the sections (通知公告, 工作动态 …) highlights none, as its breadcrumbs start at 首页.
  if (!menu) continue;
  const pages = kindKeys.flatMap((k) => {
    const page = singleKind(k)?.page;
    return page?.under === key && !claimed.has(page.url) ? [page.url] : [];
  });
  const section = sections.find((candidate) => candidate.label === menu);
  if (!section) throw new Error(`src/kinds 中 ${key} 的记录：menu“${menu}”不是主菜单中的栏目`);
  section.also.push(url, ...pages);
}

export const mainMenu: readonly MenuEntry[] = sections.map(({ href, label, also }) => ({ href, label, owns: [href, ...also] }));

/** The section a page at `path` belongs to, if any (it is marked as the current one). */
export const isCurrentSection = (entry: MenuEntry, path: string) => entry.owns.some((prefix) => path.startsWith(prefix));
