// 人防行业单位名录: local units by name, units filed from other provinces last.
import { registrySchema } from '../schemas/registry.ts';
import { byName } from './sort.ts';
import { defineKind } from './define.ts';

export default defineKind({
  schema: registrySchema,
  idField: 'creditCode',
  column: {
    name: '人防行业单位名录',
    description: '人防工程设计、监理和防护设备生产安装单位的资质，以及省外单位入本地备案情况',
    keywords: ['人防工程设计', '人防工程监理', '防护设备', '资质', '入省备案', '企业名单'],
  },
  menu: '执法公示',
  sort: (a, b) => Number(Boolean(a.data.filing)) - Number(Boolean(b.data.filing)) || byName(a.data.name, b.data.name),
  summary: (u) =>
    `${u.qualifications.map((q) => `${q.type}${q.grade === '不分等级' ? '' : q.grade}资质`).join('、')}${u.filing ? `；${u.filing.province}单位，入本地备案号 ${u.filing.filingNo}` : ''}`,
  search: {
    badge: '行业单位名录',
    filters: (u) => ({ 资质类别: [...new Set(u.qualifications.map((q) => q.type))], 名录: u.filing ? '省外入省备案单位' : '本地单位' }),
    codes: (u) => [u.creditCode, ...u.qualifications.map((q) => q.certNo), u.filing?.filingNo],
  },
  pages: 'custom',
});
