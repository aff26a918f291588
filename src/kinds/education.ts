// 人防宣传教育: events on the national days (3·1, 5·12, 9·18, 12·4), newest first.
import { educationSchema } from '../schemas/civil-defense.ts';
import { defineKind } from './define.ts';

export default defineKind({
  label: '人防宣传教育活动',
  folder: 'civil-defense/education',
  schema: educationSchema,
  column: { name: '人防宣传教育', description: '国际民防日、防灾减灾日、防空警报试鸣日和国家宪法日等节点的宣传教育活动', keywords: ['人防宣传教育', '国际民防日', '防灾减灾日', '9·18'] },
  menu: '办事服务',
  sort: (a, b) => b.data.date.localeCompare(a.data.date),
  search: { badge: '宣传教育', filters: (e) => ({ 主题节点: e.occasion, 年度: e.date.slice(0, 4) }) },
  list: { titleField: 'title', fields: ['date', 'occasion', 'title', 'place', 'participants'] },
  detail: { fields: ['date', 'occasion', 'place', 'participants'], sections: ['activities'] },
});
