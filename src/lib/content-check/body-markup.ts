// Links and HTML in Markdown bodies, judged as the site renders them: each body goes through the
// site's own Markdown pipeline (Astro's processor with the plugins of src/markdown/plugins.ts), and
//  - every link, image, reference definition and autolink the parser finds (GFM's included, so a
//    bare "https://gov.cn@evil.example" in a table or a footnote too) must pass bodyLinkProblem;
//  - every element and attribute written as raw HTML must come through the sanitiser unchanged:
//    what it would drop (<script>, <iframe>, onerror=, style=, a javascript: href…) is refused here,
//    so staff learn what would silently vanish, and the sanitiser stays the last line of defence.
import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import { visit } from 'unist-util-visit';
import { sanitizeSchema } from '../../markdown/plugins.ts';
import { BODY_IMAGE, BODY_LINK, bodyImageProblem, bodyLinkProblem, misleadingLinkText } from '../../schemas/url.ts';
import type { Problem } from './problem.ts';
import type { SourceEntry } from './source.ts';

type Position = { start: { line: number } } | undefined;
type Properties = Record<string, unknown>;
interface Element {
  type: 'element';
  tagName: string;
  properties: Properties;
  position?: Position;
  children: unknown[];
}
interface Root {
  children: unknown[];
}

/** Marks the elements Markdown made (before rehype-raw parses the raw HTML) and, after it, every element. */
const FROM_MARKDOWN = 'dataGongkaiMarkdown';
const MARK = 'dataGongkaiMark';

/** Attributes whose value is an address the browser follows or loads. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite', 'action', 'formAction', 'poster', 'data', 'background', 'longDesc', 'xLinkHref', 'ping', 'manifest', 'icon', 'codeBase', 'archive', 'profile', 'srcSet', 'imageSrcSet', 'itemId', 'lowsrc', 'dynsrc']);
/** Attributes the sanitiser rewrites (a prefix against clobbering) rather than drops: no loss. */
const CLOBBERED = new Set(sanitizeSchema.clobber ?? []);

const HTML_EXPECTED = '用 Markdown 书写；正文中的 HTML 只可用不含脚本、样式、框架和事件属性的常用标签，如 <sup>、<br>、<table>';

/** The site's sanitiser, also keeping the two marks so the elements can be matched before and after. */
const markingSchema = {
  ...sanitizeSchema,
  attributes: { ...sanitizeSchema.attributes, '*': [...(sanitizeSchema.attributes?.['*'] ?? []), FROM_MARKDOWN, MARK] },
};

interface Rendered {
  links: { url: string; line: number; image: boolean; text: string }[];
  /** Raw-HTML elements as parsed (mark → element), and the same marks after the sanitiser. */
  raw: Map<number, { tagName: string; properties: Properties; line: number }>;
  kept: Map<number, Properties>;
}

/** Each render's own record travels in its file's data (as its front matter), never in a shared variable. */
const RECORD = 'gongkaiBodyMarkup';
type File = { data: { astro?: { frontmatter?: Record<string, unknown> } } };
const recordOf = (file: File) => file.data.astro!.frontmatter![RECORD] as Rendered;

let processor: Promise<MarkdownRenderer> | undefined;

type Inline = { type: string; value?: string; children?: Inline[] };
/** The words of a Markdown link as a reader sees them. */
const textOf = (node: Inline): string => (typeof node.value === 'string' ? node.value : (node.children ?? []).map(textOf).join(''));

const lineOf = (node: { position?: Position }, fallback: number) => node.position?.start.line ?? fallback;

/** The site's pipeline with recorders around its rehype plugins; one body at a time. */
function pipeline(): Promise<MarkdownRenderer> {
  processor ??= createMarkdownProcessor({
    syntaxHighlight: false,
    smartypants: false,
    remarkPlugins: [
      () => (tree: Root, file: File & { value: unknown }) => {
        visit(tree as never, (node: Inline & { url?: string; position?: Position }) => {
          if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && typeof node.url === 'string') {
            recordOf(file).links.push({ url: node.url, line: lineOf(node, 1), image: node.type === 'image', text: node.type === 'link' ? textOf(node) : '' });
          }
        });
        // Without a "<" there is no HTML to compare before and after the sanitiser: the rest of the
        // pipeline gets an empty tree, which halves the cost of a body with links.
        if (!String(file.value).includes('<')) tree.children = [];
      },
    ],
    rehypePlugins: [
      () => (tree: Root) => {
        visit(tree as never, 'element', (node: Element) => void (node.properties[FROM_MARKDOWN] = ''));
      },
      rehypeRaw,
      () => (tree: Root, file: File) => {
        let mark = 0;
        visit(tree as never, 'element', (node: Element, _index, parent: { position?: Position } | undefined) => {
          node.properties[MARK] = ++mark;
          if (FROM_MARKDOWN in node.properties) return;
          recordOf(file).raw.set(mark, { tagName: node.tagName, properties: { ...node.properties }, line: lineOf(node, lineOf(parent ?? {}, 1)) });
        });
      },
      [rehypeSanitize, markingSchema],
      () => (tree: Root, file: File) => {
        visit(tree as never, 'element', (node: Element) => {
          const mark = node.properties[MARK];
          if (typeof mark === 'number') recordOf(file).kept.set(mark, node.properties);
        });
      },
    ],
  });
  return processor;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const show = (value: unknown) => (Array.isArray(value) ? value.join(' ') : String(value));
/** The attribute as written in HTML: onError → onerror, xLinkHref → xlink:href, dataX → data-x. */
const attributeName = (property: string) => property.replace(/^xLink/, 'xlink:').replace(/^data([A-Z])/, 'data-$1').toLowerCase();

/** Problems of one body, with lines counted within the body. */
async function bodyProblems(body: string): Promise<{ line: number; message: string; expected: string }[]> {
  const current: Rendered = { links: [], raw: new Map(), kept: new Map() };
  await (await pipeline()).render(body, { frontmatter: { [RECORD]: current } });
  const found: { line: number; message: string; expected: string }[] = [];
  for (const { url, line, image, text } of current.links) {
    const problem = image ? bodyImageProblem(url) : (bodyLinkProblem(url) ?? misleadingLinkText(text, url));
    if (problem) found.push({ line, message: `${image ? '图片' : '链接'}“${url}”不能发布：${problem}`, expected: image ? BODY_IMAGE : BODY_LINK });
  }
  for (const [mark, element] of current.raw) {
    const kept = current.kept.get(mark);
    if (!kept) {
      found.push({ line: element.line, message: `HTML 标签 <${element.tagName}> 不会发布（网站会删去它）`, expected: HTML_EXPECTED });
      continue;
    }
    for (const [property, value] of Object.entries(element.properties)) {
      if (property === MARK || CLOBBERED.has(property)) continue;
      const image = element.tagName === 'img' && property === 'src';
      const problem = image ? bodyImageProblem(show(value)) : URL_ATTRIBUTES.has(property) ? bodyLinkProblem(show(value)) : undefined;
      if (problem) found.push({ line: element.line, message: `<${element.tagName}> 的 ${attributeName(property)} 地址“${show(value)}”不能发布：${problem}`, expected: image ? BODY_IMAGE : BODY_LINK });
      else if (!same(kept[property], value)) found.push({ line: element.line, message: `<${element.tagName}> 的属性 ${attributeName(property)} 不会发布（网站会删去它）`, expected: HTML_EXPECTED });
    }
  }
  return found;
}

/** Where the problems of a body are kept between runs, by its file's hash (parse-cache.ts). */
export interface BodyCheckStore {
  bodyChecked(file: string, key: string): Problem[] | undefined;
  keepBodyCheck(file: string, key: string, problems: Problem[]): void;
}

/** The problems of one entry's body, lines counted in its file. */
async function entryProblems(entry: SourceEntry & { body: string }): Promise<Problem[]> {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const { line, message, expected } of await bodyProblems(entry.body)) {
    const problem: Problem = { file: entry.file, line: (entry.bodyLine ?? 1) + line - 1, field: '正文', message, expected };
    const key = `${problem.line}\n${message}`;
    if (!seen.has(key)) problems.push(problem);
    seen.add(key);
  }
  return problems;
}

/**
 * Every unsafe link and every piece of HTML the sanitiser would change, in every Markdown body. A
 * body goes through the whole Markdown pipeline (a few ms), so with a store its problems are kept by
 * its file's hash: they depend on the file's bytes and the code alone, and a rebuild checks only
 * the bodies that changed.
 */
export async function checkBodyMarkup(entries: readonly SourceEntry[], store?: BodyCheckStore): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const entry of entries) {
    // Links, images, definitions and autolinks begin with "[" or "<", HTML with "<", and GFM's bare
    // web addresses contain "://" or "www.": a body with none of them has nothing to check.
    if (!entry.body || !/[[<]|:\/\/|www\./i.test(entry.body)) continue;
    const key = store && entry.hash;
    const kept = key ? store.bodyChecked(entry.file, key) : undefined;
    const found = kept ?? (await entryProblems(entry as SourceEntry & { body: string }));
    if (key && !kept) store.keepBodyCheck(entry.file, key, found);
    problems.push(...found);
  }
  return problems;
}
