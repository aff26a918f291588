// Links written in the Markdown bodies of entries must lead somewhere on the site: a list, an
// entry, a page or a file. External links are left alone.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import type { Problem } from './problem.ts';
import type { SourceEntry } from './source.ts';

/**
 * @param known paths the site serves, normalised with a trailing slash for pages ("/services/X/")
 *   and without for files ("/data/powers.csv")
 * @param pageOf the URL path of an entry's own page, to resolve relative links against
 */
export function checkMarkdownLinks(entries: readonly SourceEntry[], known: { has(path: string): boolean }, pageOf: (entry: SourceEntry) => string): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    // Links, images and definitions all begin with "[": a body without one has none to check.
    if (!entry.body?.includes('[')) continue;
    visit(fromMarkdown(entry.body), (node) => {
      if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
      const url = (node as { url: string }).url;
      if (!url || url.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return;
      const path = decodeURIComponent(new URL(url, `https://site.invalid${pageOf(entry)}`).pathname);
      const candidates = [path, path.endsWith('/') ? path : `${path}/`];
      if (candidates.some((candidate) => known.has(candidate))) return;
      problems.push({
        file: entry.file,
        line: (entry.bodyLine ?? 1) + (node.position?.start.line ?? 1) - 1,
        field: '正文',
        message: `链接“${url}”指向的页面不存在`,
        expected: '本站已有页面的地址，如 /services/ 或 /services/编码/',
      });
    });
  }
  return problems;
}
