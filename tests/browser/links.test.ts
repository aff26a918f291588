// Every internal link and asset reference in the built site resolves to a file, and every
// #fragment to an element on the target page.
import { expect, it } from 'vitest';
import { fileFor, htmlPages, idsIn, internalReferences } from './dist-files.ts';

it('has no broken internal link or asset in dist/', () => {
  const pages = htmlPages();
  expect(pages.length).toBeGreaterThan(50);
  const idCache = new Map<string, Set<string>>();
  const broken: string[] = [];
  let checked = 0;
  for (const page of pages) {
    for (const reference of internalReferences(page)) {
      checked++;
      const [path, fragment] = reference.url.split('#');
      const target = fileFor(path || reference.page);
      if (!target) {
        broken.push(`${reference.page} ${reference.attribute}="${reference.url}" → 无此文件`);
        continue;
      }
      if (fragment && target.endsWith('.html')) {
        const ids = idCache.get(target) ?? idsIn(target);
        idCache.set(target, ids);
        if (!ids.has(decodeURIComponent(fragment))) broken.push(`${reference.page} → ${reference.url}：页面中没有 id="${fragment}"`);
      }
    }
  }
  expect(checked).toBeGreaterThan(1000);
  expect(broken).toEqual([]);
});
