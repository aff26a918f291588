// Every kind's pages are in the build: its list page and a page for each entry it publishes, all
// listed in the sitemap so that the axe sweep (axe-sweep.test.ts) checks them too, each with the
// menu section its record names highlighted.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listKeys, listKind } from '../../src/kinds/index.ts';
import { entryUrl } from '../../src/lib/routes.ts';
import { DIST, ROOT } from './support.ts';

const sitemap = readdirSync(DIST)
  .filter((name) => /^sitemap-\d+\.xml$/.test(name))
  .map((name) => readFileSync(join(DIST, name), 'utf8'))
  .join('\n');
const inSitemap = (path: string) => sitemap.includes(`${path}</loc>`);
/** The labels the built page's main menu marks as current. */
const currentInMenu = (path: string) => {
  const html = readFileSync(join(DIST, decodeURIComponent(path), 'index.html'), 'utf8');
  const nav = /<nav aria-label="主导航"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
  return [...nav.matchAll(/<a [^>]*aria-current="page"[^>]*>([^<]*)<\/a>/g)].map((match) => match[1]);
};

describe.each(listKeys)('kind %s in the build', (key) => {
  const kind = listKind(key);

  it('has its list page, in the sitemap', () => {
    expect(existsSync(join(DIST, kind.url, 'index.html')), `${kind.url} 没有生成`).toBe(true);
    expect(inSitemap(kind.url), `${kind.url} 不在 sitemap 中`).toBe(true);
  });

  const folder = join(ROOT, 'content', kind.folder);
  const codes = readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ya?ml|md)$/.test(name))
    .map((name) => name.replace(/\.(ya?ml|md)$/, ''));
  // Penalty decisions past their disclosure period have no page: at least one entry must.
  const built = codes.filter((code) => existsSync(join(DIST, decodeURIComponent(entryUrl(kind.url, code)), 'index.html')));

  it('has a page for its entries, in the sitemap', () => {
    expect(codes.length, `content/${kind.folder}/ 中没有条目`).toBeGreaterThan(0);
    expect(built.length, `${kind.url} 下没有任何条目页面`).toBeGreaterThan(0);
    for (const code of built) expect(inSitemap(entryUrl(kind.url, code)), `${entryUrl(kind.url, code)} 不在 sitemap 中`).toBe(true);
  });

  it('highlights in the main menu the section its record names, none when it names none', () => {
    for (const path of [kind.url, ...built.slice(0, 1).map((code) => entryUrl(kind.url, code))]) {
      expect(currentInMenu(path), `${path} 的主菜单当前项应是 ${kind.menu ?? '无'}（src/kinds 中 ${key} 的记录）`).toEqual(kind.menu ? [kind.menu] : []);
    }
  });
});
