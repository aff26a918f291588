// 服务指南: the 实施清单 elements in front matter, notes in the Markdown body.
import { serviceSchema } from '../schemas/services.ts';
import { defineKind } from './define.ts';

export default defineKind({
  format: 'markdown',
  schema: serviceSchema,
  column: { name: '服务指南', description: '办理人防审批、备案等事项所需的材料、流程、时限和地点', type: '办事服务', keywords: ['服务指南', '办事指南'] },
  menu: '办事服务',
  subject: 'implementer',
  search: {
    filters: (s) => ({ 权力类型: s.type }),
    codes: (s) => [s.code, s.basicCode, s.indexNo],
    // The answer to a question: when it applies, what to bring, how long, where to go.
    weight: 3,
    answers: [{ asks: /要不要|需不需要|是否需要|用不用|必须|怎么办理|怎么申请|如何申请|办理|手续|流程|材料|多久|多长时间|去哪办|在哪办/, weight: 2 }],
  },
  pages: 'custom',
});
