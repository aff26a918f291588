// 行政执法服务指南和执法文明用语: Markdown bodies.
import { enforcementGuideSchema } from '../schemas/enforcement/guides.ts';
import { defineKind } from './define.ts';

export default defineKind({
  label: '行政执法服务指南和执法文明用语',
  folder: 'enforcement/guides',
  format: 'markdown',
  schema: enforcementGuideSchema,
  column: { name: '行政执法服务指南和执法文明用语', description: '行政执法服务指南和执法文明用语', type: '信息公开', keywords: ['行政执法服务指南', '执法文明用语'] },
  dataset: { name: 'enforcement-guides' },
  place: { parent: 'enforcement', group: '事前公示', blurb: '行政执法服务指南、执法文明用语和忌语' },
  title: 'title',
  subject: 'subject',
  list: { custom: 'src/pages/enforcement/guides/index.astro' },
  detail: { custom: 'src/pages/enforcement/guides/[...id].astro' },
});
