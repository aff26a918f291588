// The menu section a kind's pages highlight is the one its record names, for every kind: a list
// outside the menu's sections highlights none rather than 信息公开指南, which is the guide's own.
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { kindKeys, listKeys, listKind, singleKind } from '../kinds/index.ts';
import { defineKind, defineKinds } from '../kinds/define.ts';
import { entryUrl } from '../lib/routes.ts';
import { isCurrentSection, mainMenu } from './site-menu.ts';

const current = (path: string) => mainMenu.filter((entry) => isCurrentSection(entry, path)).map((entry) => entry.label);
/** The guide's own pages, which 信息公开指南 owns whatever the records say. */
const GUIDE_PAGES = ['/guide/', '/catalogue/', '/data/', '/apply/'];

describe.each(listKeys)('the menu on the pages of %s', (key) => {
  const kind = listKind(key);
  const expected = kind.menu ? [kind.menu] : [];
  const singlePages = kindKeys.flatMap((k) => {
    const page = singleKind(k)?.page;
    return page?.under === key && !GUIDE_PAGES.includes(page.url) ? [page.url] : [];
  });

  it('highlights the section its record names, and only that one', () => {
    for (const path of [kind.url, entryUrl(kind.url, 'X-2026-01'), entryUrl(kind.url, 'X/2026/01'), ...singlePages]) {
      expect(current(path), `${path}（src/kinds 中 ${key} 的记录，menu：${kind.menu ?? '无'}）`).toEqual(expected);
    }
  });
});

describe('信息公开指南 in the menu', () => {
  it('is current on the guide’s own pages', () => {
    for (const path of GUIDE_PAGES) expect(current(path), path).toEqual(['信息公开指南']);
  });

  it('is not current on a list just for being 信息公开 (防空警报试鸣, 通知公告 …)', () => {
    const guide = mainMenu.find((entry) => entry.label === '信息公开指南')!;
    const listsUnderGuide = listKeys.filter((key) => isCurrentSection(guide, listKind(key).url) && listKind(key).menu !== '信息公开指南');
    expect(listsUnderGuide).toEqual([]);
    expect(current(listKind('alarmTests').url)).not.toContain('信息公开指南');
  });
});

describe('a record’s menu section', () => {
  const schema = z.object({ code: z.string(), title: z.string() });
  const column = { name: '试验栏目', description: '说明', keywords: ['试验'] };
  const list = { titleField: 'title' as const, fields: ['title' as const] };

  it('is none at the top level unless the record names one, and a filed list takes its parent’s', () => {
    const { plain, named, underPlain, underNamed } = defineKinds({
      plain: defineKind({ schema, column, list, detail: { fields: ['title'] } }),
      named: defineKind({ schema, column, menu: '办事服务', list, detail: { fields: ['title'] } }),
      underPlain: defineKind({ schema, column, place: { parent: 'list', list: 'plain' }, list, detail: { fields: ['title'] } }),
      underNamed: defineKind({ schema, column, place: { parent: 'list', list: 'named' }, list, detail: { fields: ['title'] } }),
    });
    expect([plain.menu, named.menu, underPlain.menu, underNamed.menu]).toEqual([undefined, '办事服务', undefined, '办事服务']);
  });
});
