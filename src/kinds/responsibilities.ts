// 责任清单: one per power, named by the power's code and titled after it.
import { responsibilitySchema } from '../schemas/responsibilities.ts';
import { defineKind } from './define.ts';

export default defineKind({
  label: '责任清单',
  folder: 'responsibilities',
  format: 'yaml',
  schema: responsibilitySchema,
  idField: 'power',
  url: '/responsibilities/',
  column: { name: '责任清单', description: '每项行政权力的责任事项、追责情形和追责依据', type: '信息公开', keywords: ['责任清单', '权责清单'] },
  dataset: { name: 'responsibilities' },
  place: { parent: 'top', order: 3 },
  menu: '权责清单',
  sort: 'code',
  title: (r, ref) => `${ref('powers', r.power)}责任清单`,
  search: { badge: '责任清单', codes: (r) => [r.power, r.indexNo] },
  list: { custom: 'src/pages/responsibilities/index.astro' },
  detail: { custom: 'src/pages/responsibilities/[...id].astro' },
});
