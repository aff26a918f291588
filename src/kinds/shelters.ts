// 疏散基地和应急避难场所: places people go, with capacity, hours and coordinates (also as GeoJSON).
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
    lead: '各场所的坐标也以 GeoJSON 文件提供（/data/shelters.geojson，WGS84 坐标），可直接导入地图软件。',
    fields: ['name', 'type', 'address', 'capacity', 'hours'],
  },
  detail: { fields: ['type', 'address', 'capacity', 'hours', 'lng', 'lat', 'facilities'] },
});
