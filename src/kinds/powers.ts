// 权力清单: sorted by the national order of power types, then by code.
import { powerSchema } from '../schemas/powers.ts';
import { POWER_TYPES } from '../schemas/fields.ts';
import { byCode } from './sort.ts';
import { defineKind } from './define.ts';

export default defineKind({
  schema: powerSchema,
  column: { name: '权力清单', description: '本机关依法行使的行政权力事项及其设定依据', keywords: ['权力清单', '权责清单'] },
  menu: '权责清单',
  sort: (a, b) => POWER_TYPES[a.data.type].localeCompare(POWER_TYPES[b.data.type]) || byCode(a, b),
  subject: 'implementer',
  // The legal background to a question, which the service guide answers.
  search: { filters: (p) => ({ 权力类型: p.type }), weight: -1 },
  pages: 'custom',
});
