// 财政预决算: budgets and final accounts with their original PDF and checked figures; the list charts
// each table's total across years.
import { financeSchema } from '../schemas/finance.ts';
import { defineKind } from './define.ts';

export default defineKind({
  schema: financeSchema,
  column: {
    name: '财政预决算',
    description: '部门预算、部门决算和“三公”经费的公开文本与主要数据',
    keywords: ['部门预算', '部门决算', '三公经费', '财政预决算'],
  },
  sort: (a, b) => b.data.year - a.data.year || a.data.type.localeCompare(b.data.type),
  search: { filters: (f) => ({ 类别: f.type, 年度: String(f.year) }) },
  pages: 'custom',
});
