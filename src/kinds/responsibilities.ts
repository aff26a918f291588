// 责任清单: one per power, named by the power's code and titled after it.
import { responsibilitySchema } from '../schemas/responsibilities.ts';
import { defineKind } from './define.ts';

export default defineKind({
  schema: responsibilitySchema,
  idField: 'power',
  column: { name: '责任清单', description: '每项行政权力的责任事项、追责情形和追责依据', keywords: ['责任清单', '权责清单'] },
  menu: '权责清单',
  title: (r, ref) => `${ref('powers', r.power)}责任清单`,
  search: { weight: -2 },
  pages: 'custom',
});
