// Links written in the Markdown bodies of entries must lead somewhere on the site: a list, an
// entry, a page or a file. External links, and links that may not be published at all (another
// scheme, "//host", a disguised "javascript:"), are body-markup.ts's to judge.
import { fromHtml } from 'hast-util-from-html';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import type { Problem } from './problem.ts';
import type { SourceEntry } from './source.ts';
import { bodyLinkProblem, SCHEME } from '../../schemas/url.ts';
import { attachmentUrl } from '../attachments.ts';
import type { CheckKinds, EntriesByKind } from './kinds.ts';
import { collectMarked, jsonSchemaOf } from './schema-walk.ts';

/**
 * The URLs of the files entries attach (their x-file fields), which the build publishes under
 * /files/: a body may link to them ("/files/consultations/files/zq-001.pdf").
 */
export function attachedPaths(entries: EntriesByKind, kinds: CheckKinds): Set<string> {
  const paths = new Set<string>();
  for (const [name, list] of Object.entries(entries)) {
    const kind = kinds[name];
    if (!kind) continue;
    const schema = jsonSchemaOf(kind.schema);
    for (const entry of list) {
      for (const { value } of collectMarked(schema, entry.data, 'x-file')) {
        // A path the schema refuses (outside content/, other characters) is that rule's problem, not a link target.
        try {
          paths.add(decodeURIComponent(attachmentUrl(entry.file, value)));
        } catch {
          continue;
        }
      }
    }
  }
  return paths;
}

/**
 * @param known paths the site serves, normalised with a trailing slash for pages ("/services/X/")
 *   and without for files ("/data/powers.csv")
 * @param pageOf the URL path of an entry's own page, to resolve relative links against
 * @param attached the URLs of attached files (attachedPaths)
 */
export function checkMarkdownLinks(entries: readonly SourceEntry[], known: { has(path: string): boolean }, pageOf: (entry: SourceEntry) => string, attached: ReadonlySet<string> = new Set()): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    // Links, images and definitions all begin with "[", HTML with "<": a body without either has none to check.
    if (!entry.body || !/[[<]/.test(entry.body)) continue;
    const check = (url: string, line: number) => {
      // Other sites' addresses, and anything bodyLinkProblem refuses ("//host" among them), are body-markup.ts's.
      if (!url || url.startsWith('#') || SCHEME.test(url) || bodyLinkProblem(url)) return;
      // bodyLinkProblem has refused malformed percent escapes, so the path decodes.
      const path = decodeURIComponent(new URL(url, `https://site.invalid${pageOf(entry)}`).pathname);
      const candidates = [path, path.endsWith('/') ? path : `${path}/`];
      if (attached.has(path) || candidates.some((candidate) => known.has(candidate))) return;
      problems.push({
        file: entry.file,
        line: (entry.bodyLine ?? 1) + line - 1,
        field: '正文',
        message: `链接“${url}”指向的页面不存在`,
        expected: '本站已有页面的地址，如 /services/ 或 /services/编码/',
      });
    };
    visit(fromMarkdown(entry.body), (node) => {
      const line = node.position?.start.line ?? 1;
      // <a href="…"> and <img src="…"> written as HTML lead somewhere too (body-markup.ts judges their scheme).
      if (node.type === 'html') {
        visit(fromHtml(node.value, { fragment: true }), 'element', (element) => {
          for (const name of ['href', 'src'] as const) {
            const value = element.properties[name];
            if (typeof value === 'string') check(value.trim(), line + (element.position?.start.line ?? 1) - 1);
          }
        });
        return;
      }
      if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
      // "[^1]: …" is a footnote in GFM, as the site renders it, not a link definition.
      if (node.type === 'definition' && node.identifier.startsWith('^')) return;
      check(node.url, line);
    });
  }
  return problems;
}
