// “双随机、一公开” plan of a year and its results, newest year first.
import { inspectionPlanSchema } from '../schemas/enforcement/inspection-plans.ts';
import { defineKind } from './define.ts';

export default defineKind({
  schema: inspectionPlanSchema,
  idField: 'year',
  url: '/enforcement/inspections/',
  column: { name: '抽查计划与结果', description: '“双随机、一公开”年度抽查计划和抽查结果', keywords: ['双随机一公开', '抽查结果'] },
  place: { parent: 'enforcement', group: '事后公示', blurb: '每年的抽查计划、检查了多少家、发现什么、如何处理' },
  sort: (a, b) => b.data.year - a.data.year,
  search: { filters: (p) => ({ 年度: p.year }), codes: (p) => [p.indexNo] },
  pages: 'custom',
});
