import { expect, it } from 'vitest';
import { summariseInspections } from './inspections.ts';

it('derives the year’s figures from the per-enterprise results', () => {
  const summary = summariseInspections([
    { outcome: '未发现问题' },
    { outcome: '未发现问题' },
    { outcome: '发现问题已责令整改' },
    { outcome: '发现问题已立案查处' },
    { outcome: '未找到检查对象' },
  ]);
  expect(summary).toEqual({
    checked: 4,
    withProblems: 2,
    byOutcome: { 未发现问题: 2, 发现问题已责令整改: 1, 发现问题已立案查处: 1, 未找到检查对象: 1 },
  });
});
