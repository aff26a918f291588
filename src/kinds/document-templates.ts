// 行政执法文书样本: the downloads are the kind's own body.
import { documentTemplateSchema } from '../schemas/enforcement/templates.ts';
import { defineKind } from './define.ts';

export default defineKind({
  folder: 'enforcement/templates',
  schema: documentTemplateSchema,
  namesParties: true,
  column: { name: '行政执法文书样本', description: '行政执法文书样本下载', keywords: ['文书样本', '执法文书'] },
  place: { parent: 'enforcement', group: '事前公示', blurb: '检查笔录、告知书、决定书等执法文书的样本下载' },
  title: (t) => `文书样本：${t.name}`,
  pages: 'custom',
});
