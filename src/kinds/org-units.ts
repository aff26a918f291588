// 内设机构: the office's internal units in their official order, with duties and public office phones.
import { orgUnitSchema } from '../schemas/org.ts';
import { defineKind } from './define.ts';

export default defineKind({
  folder: 'org/units',
  dataset: { name: 'units' },
  schema: orgUnitSchema,
  column: { name: '内设机构', description: '本机关内设机构的主要职责和办公电话', keywords: ['机构信息', '内设机构', '机构职能', '办公电话'] },
  sort: (a, b) => a.data.order - b.data.order,
  summary: (u) => `${u.duties[0]}${u.duties.length > 1 ? '等' : ''}；办公电话 ${u.phone}`,
  // How to reach the office: the units with their phones and rooms.
  search: { badge: '机构信息', answers: [{ asks: /电话|联系方式|地址|几楼|办公地点/, weight: 5 }] },
  list: { titleField: 'name', fields: ['name', 'duties', 'phone', 'room'], related: { text: '本机关领导的工作分工见', kind: 'leaders' } },
  detail: { fields: ['phone', 'room'], sections: ['duties'] },
});
