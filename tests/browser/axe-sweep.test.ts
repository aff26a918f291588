// axe over every page in the sitemap (WCAG 2.2 AA rules), so that no page of any kind can lose
// its accessibility unnoticed. Two pages are checked at a time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DIST, startSite, openPage, axeViolations, type Site } from './support.ts';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.stop();
});

function sitemapPaths(): string[] {
  const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.replace(/^\//, ''));
  return maps.flatMap((map) => [...readFileSync(join(DIST, map), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
}

it('finds no accessibility violation on any page of the sitemap', async () => {
  const paths = sitemapPaths();
  expect(paths.length).toBeGreaterThan(50);
  const violations: string[] = [];
  const queue = [...paths];
  const worker = async () => {
    for (let path = queue.shift(); path; path = queue.shift()) {
      const { page, status, close } = await openPage(site, path, { width: 1280, height: 900 });
      try {
        if (status !== 200) violations.push(`${path}: HTTP ${status}`);
        for (const violation of await axeViolations(page)) violations.push(`${path} ${violation}`);
      } finally {
        await close();
      }
    }
  };
  await Promise.all([worker(), worker()]);
  expect(violations).toEqual([]);
});
