// 收费目录: fee items with their standard and basis; the detail page lists the guides that charge them.
import { feeSchema } from '../schemas/fees.ts';
import { defineKind } from './define.ts';

export default defineKind({
  label: '收费项目',
  schema: feeSchema,
  column: {
    name: '收费目录',
    description: '本机关依法执收的行政事业性收费项目、收费标准和收费依据',
    keywords: ['收费目录', '行政事业性收费', '收费标准', '易地建设费'],
  },
  menu: '办事服务',
  // How much one pays (not how much one is fined).
  search: { badge: '收费目录', filters: (f) => ({ 收费类别: f.category }), answers: [{ asks: /多少钱|交多少|缴多少|收多少|收费|费用|标准|平米|平方米/, unless: /罚/, weight: 3 }] },
  list: {
    titleField: 'name',
    lead: '目录以外的收费项目，本机关一律不收取。每个项目的页面列出收取该项费用的办事事项。',
    fields: ['name', 'category', 'standard', 'unit', 'collector'],
  },
  detail: 'custom',
});
