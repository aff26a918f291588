import { describe, expect, it } from 'vitest';
import { change, describeConflict, figureSeries, figuresFromTables, figuresPath, formatAmount, formatNumber, reportFigures, type FigureSource } from './figures.ts';

const source = (id: string, year: number, figures: FigureSource['figures'], kind: FigureSource['kind'] = '法治政府建设年度报告'): FigureSource => ({ id, title: `${year}年报告`, kind, year, figures });

describe('figureSeries', () => {
  it('orders each figure by year and leaves out figures no report states', () => {
    const { series, conflicts } = figureSeries([
      source('fzzf-2025', 2025, { permitsDecided: 57, fineAmount: 12.2 }),
      source('fzzf-2023', 2023, { permitsDecided: 40 }),
      source('fzzf-2024', 2024, { permitsDecided: 51 }),
    ]);
    expect(conflicts).toEqual([]);
    expect(series.map((s) => s.key)).toEqual(['permitsDecided', 'fineAmount']);
    expect(series[0]).toEqual({
      key: 'permitsDecided',
      label: '行政许可决定',
      unit: '件',
      description: '本年作出的行政许可决定件数',
      points: [
        { year: 2023, value: 40, sources: [{ id: 'fzzf-2023', title: '2023年报告' }] },
        { year: 2024, value: 51, sources: [{ id: 'fzzf-2024', title: '2024年报告' }] },
        { year: 2025, value: 57, sources: [{ id: 'fzzf-2025', title: '2025年报告' }] },
      ],
    });
  });

  it('merges reports of one year that agree, naming each as a source in the order of the kinds', () => {
    const { series } = figureSeries([source('xxgk-2025', 2025, { permitsDecided: 57 }, '政府信息公开工作年度报告'), source('fzzf-2025', 2025, { permitsDecided: 57 })]);
    expect(series[0]?.points).toEqual([{ year: 2025, value: 57, sources: [{ id: 'fzzf-2025', title: '2025年报告' }, { id: 'xxgk-2025', title: '2025年报告' }] }]);
  });

  it('reports two reports of one year that disagree', () => {
    const { conflicts } = figureSeries([source('fzzf-2025', 2025, { penaltyDecisions: 3 }), source('zftj-2025', 2025, { penaltyDecisions: 4 }, '行政执法统计年报')]);
    expect(conflicts).toEqual([{ key: 'penaltyDecisions', year: 2025, values: [{ id: 'fzzf-2025', value: 3 }, { id: 'zftj-2025', value: 4 }] }]);
    expect(describeConflict(conflicts[0]!)).toBe('2025 年的“行政处罚决定”在各报告中不一致：content/reports/fzzf-2025.md 为 3件，content/reports/zftj-2025.md 为 4件');
  });
});

describe('figures from the information-disclosure tables', () => {
  const tables = { proactive: { permits: 57, penalties: 3 }, requests: { received: { total: 8 } } };

  it('takes 行政许可, 行政处罚 and new requests from the tables', () => {
    expect(figuresFromTables(tables)).toEqual({ permitsDecided: 57, penaltyDecisions: 3, disclosureRequests: 8 });
  });

  it('adds the figures a report declares to those of its tables', () => {
    expect(reportFigures({ disclosureTables: tables, figures: { proactiveItems: 146 } })).toEqual({ permitsDecided: 57, penaltyDecisions: 3, disclosureRequests: 8, proactiveItems: 146 });
    expect(reportFigures({})).toEqual({});
  });
});

describe('numbers', () => {
  it('prints at most two decimals, and amounts with exactly two', () => {
    expect(formatNumber(57)).toBe('57');
    expect(formatNumber(12.2)).toBe('12.2');
    expect(formatNumber(1268.404)).toBe('1268.4');
    expect(formatAmount(1268.4)).toBe('1268.40');
  });

  it('gives the change from the year before, only for consecutive years', () => {
    const points = [{ year: 2023, value: 5, sources: [] }, { year: 2024, value: 4.5, sources: [] }, { year: 2025, value: 12.2, sources: [] }, { year: 2027, value: 1, sources: [] }];
    expect(points.map((_, index) => change(points, index))).toEqual([undefined, '−0.5', '+7.7', undefined]);
    expect(change([{ year: 2024, value: 3, sources: [] }, { year: 2025, value: 3, sources: [] }], 1)).toBe('0');
  });

  it('has the figures page under the reports list', () => {
    expect(figuresPath('/reports/')).toBe('/reports/figures/');
  });
});
