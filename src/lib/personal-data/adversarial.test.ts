// The outside tester's table (adversarial.cases.ts), twice: each text through findPersonalData as
// the check scans a decision's fields or any other page's, and all of them at once through the real
// content check in a copy of the minimal fixture (each decision row as the 违法事实 of a penalty of
// its own, each page row as a paragraph of a service guide's body), which must name the file, the
// field or 正文, and a line inside the row, for each find and nothing else.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findPersonalData, mayHoldPersonalData } from '../personal-data.ts';
import { join } from 'node:path';
import { checkAfter, MINIMAL_FIXTURE, type Edits } from '../content-check/test-tree.ts';
import { formatProblem } from '../content-check/problem.ts';
import { PASSED, REFUSED, type AdversarialRow } from './adversarial.cases.ts';

const ROWS = [...REFUSED, ...PASSED];
const optionsFor = (row: AdversarialRow) => (row.place === 'page' ? {} : { names: true, personParty: row.place === 'person-decision' });
const kindsIn = (row: AdversarialRow) => findPersonalData(row.text, optionsFor(row)).map((hit) => hit.kind);

describe('the outside tester’s table', () => {
  it('is large and its names are distinct', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(150);
    expect(new Set(ROWS.map((row) => row.name)).size).toBe(ROWS.length);
    expect(REFUSED.every((row) => row.finds.length > 0) && PASSED.every((row) => row.finds.length === 0)).toBe(true);
  });

  it.each(REFUSED.map((row) => [row.name, row] as const))('refuses %s', (_, row) => {
    expect(kindsIn(row)).toEqual(row.finds);
  });

  it.each(PASSED.map((row) => [row.name, row] as const))('passes %s', (_, row) => {
    expect(findPersonalData(row.text, optionsFor(row))).toEqual([]);
  });

  it('never lets the scan’s gate skip a page text that holds personal data', () => {
    for (const row of REFUSED) if (row.place === 'page') expect(mayHoldPersonalData(row.text), row.name).toBe(true);
  });
});

const PENALTY = 'content/enforcement/penalties/C-001.yaml';
const SERVICE = 'content/services/S-001.md';
const PERSONAL = '个人信息不得公开';

describe('the table through the content check', () => {
  it('names the file, the field and a line of the row for every find, and nothing in the look-alikes', async () => {
    const edits: Edits = {};
    const decisions = ROWS.filter((row) => row.place !== 'page');
    const penaltyFiles = decisions.map((row, index) => {
      const code = `C-${String(100 + index)}`;
      const file = `content/enforcement/penalties/${code}.yaml`;
      return { row, file, code, index };
    });
    const template = readFileSync(join(MINIMAL_FIXTURE, PENALTY), 'utf8');
    for (const { row, file, code, index } of penaltyFiles) {
      edits[file] = template
        .replace('code: C-001', `code: ${code}`)
        .replace('〔2025〕1号', `〔2025〕${100 + index}号`)
        .replace('/2025-00010', `/2025-${String(20000 + index)}`)
        .replace('facts: 测试违法事实。', `facts: ${JSON.stringify(row.text)}`)
        .replace('  kind: 法人\n  name: 测试公司\n  creditCode: 12990100MB2345678X', row.place === 'person-decision' ? '  kind: 自然人\n  name: 王某' : '$&');
    }
    // Page rows as paragraphs of the service guide's body, each starting on a known line.
    const pages = ROWS.filter((row) => row.place === 'page');
    const serviceText = readFileSync(join(MINIMAL_FIXTURE, SERVICE), 'utf8');
    const firstLine = serviceText.split('\n').length + 1; // after a blank line at the end
    const spans: { row: AdversarialRow; from: number; to: number }[] = [];
    let line = firstLine;
    for (const row of pages) {
      const lines = row.text.split('\n').length;
      spans.push({ row, from: line, to: line + lines - 1 });
      line += lines + 1;
    }
    edits[SERVICE] = `${serviceText.replace(/\n*$/, '\n')}\n${pages.map((row) => row.text).join('\n\n')}\n`;

    const { problems } = await checkAfter(edits);
    const personal = problems.filter((problem) => problem.message.includes(PERSONAL));
    const kindOf = (message: string) => /含未隐去的(.+?)“/.exec(message)?.[1];
    const wrong: string[] = [];
    for (const { row, file } of penaltyFiles) {
      const found = personal.filter((problem) => problem.file === file);
      const lines = found.map(formatProblem);
      const line = row.place === 'person-decision' ? 7 : 8;
      if (found.some((problem) => problem.line !== line || problem.field !== '违法事实（facts）')) wrong.push(`${row.name}: not at ${file}:${line} 违法事实: ${lines.join(' | ')}`);
      if (JSON.stringify(found.map((problem) => kindOf(problem.message)).sort()) !== JSON.stringify([...row.finds].sort())) wrong.push(`${row.name}: ${JSON.stringify(row.finds)} expected, got ${lines.join(' | ') || 'nothing'}`);
    }
    const inService = personal.filter((problem) => problem.file === SERVICE);
    for (const { row, from, to } of spans) {
      const found = inService.filter((problem) => (problem.line ?? 0) >= from && (problem.line ?? 0) <= to);
      if (found.some((problem) => problem.field !== '正文')) wrong.push(`${row.name}: not reported as 正文`);
      if (JSON.stringify(found.map((problem) => kindOf(problem.message)).sort()) !== JSON.stringify([...row.finds].sort())) wrong.push(`${row.name} (lines ${from}–${to}): ${JSON.stringify(row.finds)} expected, got ${found.map(formatProblem).join(' | ') || 'nothing'}`);
    }
    // Nothing found outside the rows: the fixture's own text stays clean.
    const outside = personal.filter((problem) => !penaltyFiles.some(({ file }) => file === problem.file) && !(problem.file === SERVICE && spans.some(({ from, to }) => (problem.line ?? 0) >= from && (problem.line ?? 0) <= to)));
    expect(outside.map(formatProblem)).toEqual([]);
    expect(wrong).toEqual([]);
  });
});
