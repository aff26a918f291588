// 疏散基地和应急避难场所: places people go, with capacity, hours and coordinates (also as GeoJSON on /data/).
import { shelterSchema } from '../schemas/civil-defense.ts';
import { defineKind } from './define.ts';

export default defineKind({
  folder: 'civil-defense/shelters',
  schema: shelterSchema,
  column: { name: '疏散基地和避难场所', description: '人口疏散基地、应急避难场所和人员掩蔽工程的地址、容量、开放时间和坐标', keywords: ['疏散基地', '应急避难场所', '人员掩蔽', '避难'] },
  menu: '办事服务',
  summary: (s) => `${s.type}，位于${s.address}，可容纳 ${s.capacity} 人`,
  search: { badge: '避难场所', filters: (s) => ({ 场所类型: s.type }) },
  list: {
    titleField: 'name',
    // Written for a resident looking for the nearest place; the GeoJSON file and its coordinate
    // system are described where the open-data files are (/data/#shelters, linked under 字段说明).
    lead: '遇到空袭、地震等突发事件需要疏散或躲避时，可以就近前往下列人口疏散基地、应急避难场所和人员掩蔽工程（人防工程）。表中列出每处场所的地址、能容纳多少人和什么时候开放；点场所名称可以看到场内的配套设施和经纬度，在手机地图上搜索地址或输入经纬度，就能导航前往。紧急情况下，请听从广播通知和现场工作人员的指挥。',
    fields: ['name', 'type', 'address', 'capacity', 'hours'],
  },
  detail: { fields: ['type', 'address', 'capacity', 'hours', 'lng', 'lat', 'facilities'] },
});
