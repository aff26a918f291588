import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MINIMAL_FIXTURE, problemsAfter, replace } from './test-tree.ts';

const REPORT = 'content/reports/R-2024.md';
const withFigures = (figures: string) => replace('summary:', `figures:\n${figures}summary:`);
/** A second report of 2024, of another kind, stating `figures`. */
const second = (figures: string) =>
  withFigures(figures)(
    readFileSync(`${MINIMAL_FIXTURE}/${REPORT}`, 'utf8')
      .replace('code: R-2024', 'code: R-2024-TJ')
      .replace('kind: 法治政府建设年度报告', 'kind: 行政执法统计年报')
      .replace('2025-00012', '2025-00097'),
  );

describe('figures two reports of one year state', () => {
  it('passes the same number in both', async () => {
    expect(await problemsAfter({ [REPORT]: withFigures('  permitsDecided: 57\n'), 'content/reports/R-2024-TJ.md': second('  permitsDecided: 57\n') })).toEqual([]);
  });

  it('names the later report and the field when they differ', async () => {
    expect(await problemsAfter({ [REPORT]: withFigures('  permitsDecided: 57\n'), 'content/reports/R-2024-TJ.md': second('  permitsDecided: 58\n  fineAmount: 1.5\n') })).toEqual([
      'content/reports/R-2024-TJ.md:12 主要数据.行政许可决定（件）（figures.permitsDecided） — 2024 年的“行政许可决定”为 58件，与 content/reports/R-2024.md 的 57件 不一致 (期望 同一年度各报告中的同一数据相同)',
    ]);
  });
});
