import { describe, expect, it } from 'vitest';
import { financeSeries, sumProblems } from './finance.ts';

const threePublic = {
  name: '三公经费',
  rows: [
    { item: '因公出国（境）费', amount: 0 },
    { item: '公务用车购置及运行费', amount: 12.3, parts: [{ item: '购置费', amount: 0 }, { item: '运行费', amount: 12.3 }] },
    { item: '公务接待费', amount: 1.1 },
  ],
  total: 13.4,
};

describe('sumProblems', () => {
  it('accepts totals that add up, decimals included', () => {
    expect(sumProblems([threePublic, { name: '收入', rows: [{ item: 'a', amount: 0.1 }, { item: 'b', amount: 0.2 }], total: 0.3 }])).toEqual([]);
  });

  it('names the table, expected and found for a wrong total', () => {
    expect(sumProblems([{ ...threePublic, total: 14 }])).toEqual([{ path: ['tables', 0, 'total'], message: '表“三公经费”合计应为各行之和 13.40，填写的是 14.00' }]);
  });

  it('names the row when its parts do not add up', () => {
    const rows = threePublic.rows.map((row, i) => (i === 1 ? { ...row, parts: [{ item: '购置费', amount: 5 }, { item: '运行费', amount: 12.3 }] } : row));
    expect(sumProblems([{ ...threePublic, rows }])).toEqual([{ path: ['tables', 0, 'rows', 1, 'amount'], message: '表“三公经费”第 2 行“公务用车购置及运行费”应为各分项之和 17.30，填写的是 12.30' }]);
  });
});

describe('financeSeries', () => {
  it('keeps budgets and final accounts apart and orders years', () => {
    const series = financeSeries([
      { id: 'YS-2026', year: 2026, type: '部门预算', tables: [threePublic] },
      { id: 'YS-2025', year: 2025, type: '部门预算', tables: [{ ...threePublic, total: 15 }] },
      { id: 'JS-2025', year: 2025, type: '部门决算', tables: [{ ...threePublic, total: 12 }] },
    ]);
    expect(series.map((s) => [s.key, s.points.map((p) => [p.year, p.value])])).toEqual([
      ['部门预算：三公经费', [[2025, 15], [2026, 13.4]]],
      ['部门决算：三公经费', [[2025, 12]]],
    ]);
  });
});
