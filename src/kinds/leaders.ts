// 领导分工: the office's leaders in their official order, each with the work and units they oversee.
import { leaderSchema } from '../schemas/org.ts';
import { ASKS_WHO } from '../lib/search-words.ts';
import { defineKind } from './define.ts';

export default defineKind({
  folder: 'org/leaders',
  schema: leaderSchema,
  column: { name: '领导分工', description: '本机关领导的职务和工作分工', keywords: ['机构信息', '领导分工', '领导信息'] },
  sort: (a, b) => a.data.order - b.data.order,
  title: (l) => `${l.name}（${l.title}）`,
  summary: (l) => `${l.title}，${l.duties.join('；')}`,
  search: { badge: '机构信息', answers: [{ ...ASKS_WHO, weight: 5 }] },
  list: { titleField: 'name', fields: ['name', 'title', 'duties', 'oversees'], related: { text: '各内设机构的职责和办公电话见', kind: 'orgUnits' } },
  detail: { fields: ['title', 'oversees'], sections: ['duties'] },
});
