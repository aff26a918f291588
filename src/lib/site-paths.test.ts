import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { routeOf, sitePaths } from './site-paths.ts';

describe('routes of page files', () => {
  it.each([
    ['a page', 'guide.astro', '/guide/'],
    ['the home page', 'index.astro', '/'],
    ['an index page', 'enforcement/index.astro', '/enforcement/'],
    ['an endpoint', 'feed.xml.ts', '/feed.xml'],
    ['a dynamic endpoint', 'data/[slug].csv.ts', '/data/[slug].csv'],
  ])('maps %s to its path: %s → %s', (_what, file, path) => {
    expect(routeOf(file)).toBe(path);
  });
});

describe('paths the site will serve', () => {
  const pages = mkdtempSync(join(tmpdir(), 'pages-'));
  const publicDir = mkdtempSync(join(tmpdir(), 'public-'));
  for (const file of ['index.astro', 'guide.astro', 'services/index.astro', 'services/[...id].astro', 'powers/type/[code].astro', 'data/[slug].csv.ts', '[...page].astro']) {
    mkdirSync(join(pages, file, '..'), { recursive: true });
    writeFileSync(join(pages, file), '');
  }
  writeFileSync(join(publicDir, 'favicon.ico'), '');
  const paths = sitePaths([{ url: '/services/', ids: ['RF-XK-001-01'] }, { url: '/powers/', ids: [] }, { url: '/enforcement/matters/', ids: ['M-001'] }], pages, publicDir);

  it('knows static pages, list pages, entries and public files', () => {
    for (const path of ['/', '/guide/', '/services/', '/services/RF-XK-001-01/', '/favicon.ico', '/powers/']) expect(paths.has(path), path).toBe(true);
  });
  it('accepts filter pages and data files by their pattern', () => {
    expect(paths.has('/powers/type/01/')).toBe(true);
    expect(paths.has('/data/powers.csv')).toBe(true);
  });
  it('rejects an entry that does not exist and an unknown page', () => {
    expect(paths.has('/services/RF-XK-999-01/')).toBe(false);
    expect(paths.has('/no-such-page/')).toBe(false);
    expect(paths.has('/data/powers.xlsx')).toBe(false);
  });
  it('takes the generic kind pages for the list and entry pages they build, not for any path', () => {
    expect(paths.has('/enforcement/matters/M-001/')).toBe(true);
    expect(paths.has('/enforcement/matters/M-404/')).toBe(false);
    expect(paths.has('/anything/at/all/')).toBe(false);
  });
});
