// Every kind's pages are in the build: its list page and a page for each entry it publishes, all
// listed in the sitemap so that the axe sweep (axe-sweep.test.ts) checks them too.
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

describe.each(listKeys)('kind %s in the build', (key) => {
  const kind = listKind(key);

  it('has its list page, in the sitemap', () => {
    expect(existsSync(join(DIST, kind.url, 'index.html')), `${kind.url} 没有生成`).toBe(true);
    expect(inSitemap(kind.url), `${kind.url} 不在 sitemap 中`).toBe(true);
  });

  it('has a page for its entries, in the sitemap', () => {
    const folder = join(ROOT, 'content', kind.folder);
    const codes = readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.(ya?ml|md)$/.test(name))
      .map((name) => name.replace(/\.(ya?ml|md)$/, ''));
    expect(codes.length, `content/${kind.folder}/ 中没有条目`).toBeGreaterThan(0);
    // Penalty decisions past their disclosure period have no page: at least one entry must.
    const built = codes.filter((code) => existsSync(join(DIST, decodeURIComponent(entryUrl(kind.url, code)), 'index.html')));
    expect(built.length, `${kind.url} 下没有任何条目页面`).toBeGreaterThan(0);
    for (const code of built) expect(inSitemap(entryUrl(kind.url, code)), `${entryUrl(kind.url, code)} 不在 sitemap 中`).toBe(true);
  });
});
