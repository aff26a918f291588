// 财政预决算: budgets and final accounts with their original PDF and checked figures; the list charts
// each table's total across years.
import { financeSchema } from '../schemas/finance.ts';
import { defineKind } from './define.ts';

export default defineKind({
  label: '财政预决算',
  folder: 'finance',
  schema: financeSchema,
  column: {
    name: '财政预决算',
    description: '部门预算、部门决算和“三公”经费的公开文本与主要数据',
    type: '信息公开',
    keywords: ['部门预算', '部门决算', '三公经费', '财政预决算'],
  },
  place: { parent: 'top' },
  menu: '信息公开指南',
  sort: (a, b) => b.data.year - a.data.year || a.data.type.localeCompare(b.data.type),
  title: 'title',
  search: { badge: '财政预决算', filters: (f) => ({ 类别: f.type, 年度: String(f.year) }) },
  list: { custom: 'src/pages/finance/index.astro' },
  detail: { custom: 'src/pages/finance/[...id].astro' },
});
