// The tester's table (links-adversarial.cases.ts) through the real pipeline: each row is written into
// a copy of the minimal fixture and the whole content check runs on it; a refused row must be
// refused with lines naming the file, the line it is on and the field, and nothing else in the tree;
// a row that passes must leave the check clean. Every body is also rendered as the site renders it,
// and whatever the check says, the HTML may hold no live script, handler, frame or unsafe address.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { rehypePlugins } from '../../markdown/plugins.ts';
import { rows, type LinkRow } from './links-adversarial.cases.ts';
import { formatProblem, type Problem } from './problem.ts';
import { checkAfter, MINIMAL_FIXTURE, replace, type Edits } from './test-tree.ts';

type Element = { tagName: string; properties: Record<string, unknown> };

const SERVICE = 'content/services/S-001.md';
const SITE = 'content/site.yaml';
const CONSULTATION = 'content/consultations/ZQ-001.md';

/**
 * The edits for a row, the file it is judged by, the field a refusal must name, and the lines
 * (1-based, inclusive) the row's text is on, given the file's text before the edit.
 */
function placed(row: LinkRow): { edits: Edits; file: string; field?: RegExp; lines: (before: string) => [number, number] } {
  const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
  const quoted = JSON.stringify(row.value);
  switch (row.place) {
    case 'body':
      return {
        edits: { [SERVICE]: (text) => `${text}\n${row.value}\n` },
        file: SERVICE,
        field: /^正文$/,
        // Appended after a blank line: from the line after the file's last to as many lines on.
        lines: (text) => {
          const first = text.split('\n').length + 1;
          return [first, first + row.value.split('\n').length - 1];
        },
      };
    case 'url': {
      const at = (text: string) => lineOf(text, 'visits: 1\n') + 1;
      return { edits: { [SERVICE]: replace('visits: 1\n', `visits: 1\nonlineUrl: ${quoted}\n`) }, file: SERVICE, field: /（onlineUrl）$/, lines: (text) => [at(text), at(text)] };
    }
    case 'siteUrl':
      return { edits: { [SITE]: replace('siteUrl: https://test.example.gov.cn', `siteUrl: ${quoted}`) }, file: SITE, field: /（siteUrl）$/, lines: (text) => [lineOf(text, 'siteUrl:'), lineOf(text, 'siteUrl:')] };
    case 'text':
      return { edits: { [SERVICE]: replace('place: 测试市政务服务中心', `place: ${quoted}`) }, file: SERVICE, lines: (text) => [lineOf(text, 'place:'), lineOf(text, 'place:')] };
    case 'file':
      return { edits: { [CONSULTATION]: replace('  file: files/zq-001.pdf', `  file: ${quoted}`) }, file: CONSULTATION, field: /（draft\.file）$/, lines: (text) => [lineOf(text, '  file:'), lineOf(text, '  file:')] };
  }
}

const processor = await createMarkdownProcessor({ rehypePlugins, syntaxHighlight: false, smartypants: false });

/** Attributes whose value a browser follows or loads. */
const URL_ATTRIBUTES = ['href', 'src', 'srcSet', 'action', 'formAction', 'xLinkHref', 'poster', 'data', 'background', 'cite', 'ping'];
/** Elements that run, load or submit something, or restyle the page. */
const ACTIVE = new Set(['script', 'iframe', 'frame', 'object', 'embed', 'form', 'button', 'meta', 'base', 'link', 'style', 'svg', 'math', 'noscript', 'template', 'video', 'audio', 'body', 'html']);

/**
 * What in the rendered HTML, read by an HTML parser as a browser reads it, could run or load
 * something: an active element, an event handler, a style, or an address whose scheme (as the
 * WHATWG URL parser sees it: leading spaces and control characters, tabs and line breaks ignored)
 * is not http, https, mailto or tel. Addresses that only mislead (//host, user@host) are the
 * check's to refuse; on the page they are inert.
 */
function live(html: string): string[] {
  const found: string[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => {
    if (ACTIVE.has(node.tagName)) found.push(`<${node.tagName}>`);
    // The sanitiser's task-list checkbox is the one input it keeps: disabled, nothing to submit.
    if (node.tagName === 'input' && !(node.properties.disabled === true && node.properties.type === 'checkbox')) found.push('<input>');
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name) || name === 'style' || name === 'target') found.push(`${node.tagName}.${name}`);
      if (!URL_ATTRIBUTES.includes(name)) continue;
      const address = String(value).replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(address)?.[1]?.toLowerCase();
      if (name === 'srcSet' || (scheme && !['http', 'https', 'mailto', 'tel'].includes(scheme))) found.push(`${node.tagName}.${name}="${String(value)}"`);
    }
  });
  return found;
}

describe('links and markup an outside tester tries', () => {
  it('has a table of at least 150 rows with distinct names, both verdicts in every place but free text', () => {
    expect(rows.length).toBeGreaterThanOrEqual(150);
    expect(new Set(rows.map((row) => row.name)).size).toBe(rows.length);
    for (const place of ['body', 'url', 'file'] as const) {
      expect(new Set(rows.filter((row) => row.place === place).map((row) => row.verdict))).toEqual(new Set(['refused', 'passes']));
    }
  });

  it.each(rows.map((row) => [`${row.verdict} ${row.place}: ${row.name}`, row] as const))('%s', async (_name, row) => {
    const { edits, file, field, lines } = placed(row);
    const { problems } = await checkAfter(edits, { today: '2026-06-30' });
    const errors = problems.filter((problem: Problem) => problem.severity !== 'warning');
    if (row.verdict === 'passes') {
      expect(errors.map(formatProblem)).toEqual([]);
    } else {
      expect(errors.length).toBeGreaterThan(0);
      // The text of the file the row was written into, to know which lines it is on.
      const [first, last] = lines(readFileSync(join(MINIMAL_FIXTURE, file), 'utf8'));
      for (const problem of errors) {
        // Every line names this file, a line the row is on, and the field; nothing else in the tree is touched.
        expect(problem.file, formatProblem(problem)).toBe(file);
        expect(problem.line, formatProblem(problem)).toBeGreaterThanOrEqual(first);
        expect(problem.line, formatProblem(problem)).toBeLessThanOrEqual(last);
        expect(problem.field, formatProblem(problem)).toMatch(field!);
        expect(problem.message, formatProblem(problem)).toMatch(/\p{Script=Han}/u);
        expect(problem.expected, formatProblem(problem)).toMatch(/\p{Script=Han}/u);
      }
    }
    if (row.place === 'body') {
      const html = (await processor.render(row.value)).code;
      expect(live(html), html).toEqual([]);
      // What passes keeps its link: the check and the page agree.
      if (row.verdict === 'passes' && /\]\(|\]\[|<(?:https?:|[^>\s]+@)|www\.|href=|src=/.test(row.value)) expect(html, html).toMatch(/<(?:a href|img src)="[^"]+"/);
    }
  });
});
