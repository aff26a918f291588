// 人防工程平时使用: which shelters are used in peacetime, for what, by whom.
import { worksUseSchema } from '../schemas/civil-defense.ts';
import { defineKind } from './define.ts';

export default defineKind({
  folder: 'civil-defense/works-use',
  schema: worksUseSchema,
  column: { name: '人防工程平时使用', description: '已建人防工程平时开发利用的用途、使用单位和面积', keywords: ['人防工程平时使用', '人防工程开发利用', '使用证'] },
  menu: '执法公示',
  summary: (w) => `位于${w.address}，建筑面积 ${w.area} ㎡，平时用作${w.use}`,
  search: { badge: '人防工程', filters: (w) => ({ 平时用途: w.use }) },
  list: { titleField: 'name', fields: ['name', 'address', 'use', 'user', 'area'] },
  detail: { fields: ['address', 'use', 'user', 'area', 'certificateNo', 'validUntil'] },
});
