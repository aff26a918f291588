import { describe, expect, it } from 'vitest';
import { archiveByYear, kindsPresent } from './archive.ts';

const reports = [
  { id: 'xxgk-2025', kind: '政府信息公开工作年度报告' as const, year: 2025 },
  { id: 'fzzf-2024', kind: '法治政府建设年度报告' as const, year: 2024 },
  { id: 'fzzf-2025', kind: '法治政府建设年度报告' as const, year: 2025 },
];

describe('archiveByYear', () => {
  it('lists years newest first, each year in the order of the kinds', () => {
    const archive = archiveByYear(reports);
    expect(archive.map((year) => [year.year, year.reports.map((r) => r.id)])).toEqual([[2025, ['fzzf-2025', 'xxgk-2025']], [2024, ['fzzf-2024']]]);
    expect(archive[1]?.byKind.map((slot) => [slot.kind, slot.reports.length])).toEqual([['法治政府建设年度报告', 1], ['政府信息公开工作年度报告', 0], ['行政执法统计年报', 0]]);
  });

  it('names only the kinds that have reports', () => {
    expect(kindsPresent(reports)).toEqual(['法治政府建设年度报告', '政府信息公开工作年度报告']);
    expect(archiveByYear([])).toEqual([]);
  });
});
