// 行政执法服务指南和执法文明用语: Markdown bodies.
import { enforcementGuideSchema } from '../schemas/enforcement/guides.ts';
import { defineKind } from './define.ts';

export default defineKind({
  label: '行政执法服务指南和执法文明用语',
  folder: 'enforcement/guides',
  format: 'markdown',
  schema: enforcementGuideSchema,
  idField: 'code',
  url: '/enforcement/guides/',
  column: { name: '行政执法服务指南和执法文明用语', description: '行政执法服务指南和执法文明用语', type: '信息公开', keywords: ['行政执法服务指南', '执法文明用语'] },
  dataset: { name: 'enforcement-guides' },
  place: { parent: 'enforcement', group: '事前公示', order: 9, blurb: '行政执法服务指南、执法文明用语和忌语' },
  menu: '执法公示',
  sort: 'code',
  title: (g) => g.title,
  subject: (g) => g.subject,
  search: { badge: '执法公示', codes: (g) => [g.code, g.indexNo] },
  list: { custom: 'src/pages/enforcement/guides/index.astro' },
  detail: { custom: 'src/pages/enforcement/guides/[...id].astro' },
});
