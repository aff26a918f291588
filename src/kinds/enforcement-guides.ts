// 行政执法服务指南和执法文明用语: Markdown bodies.
import { enforcementGuideSchema } from '../schemas/enforcement/guides.ts';
import { defineKind } from './define.ts';

export default defineKind({
  folder: 'enforcement/guides',
  format: 'markdown',
  schema: enforcementGuideSchema,
  column: { name: '行政执法服务指南和执法文明用语', description: '行政执法服务指南和执法文明用语', keywords: ['行政执法服务指南', '执法文明用语'] },
  place: { parent: 'enforcement', group: '事前公示', blurb: '行政执法服务指南、执法文明用语和忌语' },
  search: { weight: 1 },
  pages: 'custom',
});
