// 重大行政决策事项目录: the year's major decisions with their state; decided ones link the published document.
import { decisionSchema } from '../schemas/decisions.ts';
import { defineKind } from './define.ts';

export default defineKind({
  label: '重大行政决策事项',
  schema: decisionSchema,
  column: { name: '重大行政决策事项目录', description: '本机关年度重大行政决策事项、决策主体、承办单位、依据、计划完成时间和办理状态', keywords: ['重大行政决策', '决策事项目录', '决策公开'] },
  menu: '政策文件',
  sort: (a, b) => b.data.year - a.data.year || a.data.code.localeCompare(b.data.code),
  search: { badge: '重大行政决策', filters: (d) => ({ 状态: d.status, 年度: String(d.year) }) },
  list: { titleField: 'name', fields: ['year', 'name', 'decisionMaker', 'undertaker', 'plannedDate', { key: 'status', badge: (s) => (s === '已决策' ? 'ok' : '') }] },
  detail: { fields: ['year', 'decisionMaker', 'undertaker', 'plannedDate', 'status', 'procedures', 'outcome', 'decisionDocument'], sections: ['basis'] },
});
