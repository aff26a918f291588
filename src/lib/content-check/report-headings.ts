// A report's headings must follow its numbering (一、 ## · （一） ### · 1. ####): the report page
// refuses to build otherwise (src/pages/reports/[...id].astro). Checked here too, so that staff get
// the line in the content check, before any build, rather than a build that stops in a page.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import { headingLevelProblems } from '../reports/headings.ts';
import type { Problem } from './problem.ts';
import type { SourceEntry } from './source.ts';

/** The text a heading shows (what the page's heading list holds). */
function textOf(node: { type: string; value?: string; alt?: string | null; children?: unknown[] }): string {
  if (typeof node.value === 'string' && node.type !== 'html') return node.value;
  if (node.type === 'image') return node.alt ?? '';
  return (node.children ?? []).map((child) => textOf(child as Parameters<typeof textOf>[0])).join('');
}

export function checkReportHeadings(entries: readonly SourceEntry[]): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    if (!entry.body?.includes('#')) continue;
    const headings: { depth: number; text: string; line: number }[] = [];
    visit(fromMarkdown(entry.body), 'heading', (node) => {
      headings.push({ depth: node.depth, text: textOf(node).trim(), line: (entry.bodyLine ?? 1) + (node.position?.start.line ?? 1) - 1 });
    });
    // Problems come in the order of the headings they are about.
    let next = 0;
    for (const problem of headingLevelProblems(headings)) {
      while (next < headings.length - 1 && headings[next]!.text !== problem.heading) next++;
      problems.push({
        file: entry.file,
        line: headings[next]?.line ?? entry.bodyLine ?? 1,
        field: '正文',
        message: `标题“${problem.heading}”：${problem.message}`,
        expected: '按编号逐级：“一、”开头的标题用 ##，其下的“（一）”用 ###、“1.”用 ####（没有上一级编号时提高一级，如没有“一、”的报告“（一）”用 ##），不跳级',
      });
      next++;
    }
  }
  return problems;
}
