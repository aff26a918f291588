import { describe, expect, it } from 'vitest';
import { listKeys, listKind } from '../kinds/index.ts';
import { longestFolder } from './address-prefix.ts';

// What kindAt did before: the longest list address the page starts with, trying every kind.
const byScan = (page: string) =>
  [...listKeys].sort((a, b) => listKind(b).url.length - listKind(a).url.length).find((key) => page.startsWith(listKind(key).url));

describe('longestFolder', () => {
  const byFolder = new Map(listKeys.map((key) => [listKind(key).url, key]));

  it('finds the kind whose list a page is under, as scanning every list address does', () => {
    const pages = listKeys.flatMap((key) => {
      const url = listKind(key).url;
      return [url, `${url}X-001/`, `${url}2025/items/`, url.slice(0, -1).replace(/[^/]+$/, '') || '/'];
    });
    for (const page of [...pages, '/', '/search/', '/enforcement/', '/nowhere/at/all/']) expect(longestFolder(byFolder, page), page).toBe(byScan(page));
  });

  it('prefers the nested list to the one above it, and never matches part of a folder name', () => {
    const folders = new Map([['/documents/', 'documents'], ['/documents/cleanups/', 'cleanups'], ['/doc/', 'doc']]);
    expect(longestFolder(folders, '/documents/cleanups/1/')).toBe('cleanups');
    expect(longestFolder(folders, '/documents/1/')).toBe('documents');
    expect(longestFolder(folders, '/documentsx/1/')).toBeUndefined();
    expect(longestFolder(folders, '/')).toBeUndefined();
  });
});
