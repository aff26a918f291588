// The 人防-specific lists: content/civil-defense/works-use/ (人防工程平时使用), shelters/ (疏散基地和
// 应急避难场所, with coordinates for the map and the GeoJSON file) and education/ (宣传教育活动).
import { z } from 'astro/zod';
import { label, text, code, isoDate, oneOf, catalogueEntry } from './fields.ts';

const area = () => label(z.number({ error: '应为面积数字（平方米）' }).positive('应大于 0'), '建筑面积（㎡）');

export const worksUseSchema = catalogueEntry({
  code: label(code(), '编码', '也是文件名，如 GC-001'),
  name: label(text(), '工程名称'),
  address: label(text(), '地址'),
  use: label(text(), '平时用途', '如 地下停车场、仓储'),
  user: label(text(), '使用单位', '单位名称；个人使用的只写“个人”'),
  area: area(),
  certificateNo: label(text(), '平时使用证编号').optional(),
  validUntil: label(isoDate(), '使用证有效期至').optional(),
});

export const SHELTER_TYPES = ['人口疏散基地', '应急避难场所', '人员掩蔽工程'] as const;

export const shelterSchema = catalogueEntry({
  code: label(code(), '编码', '也是文件名，如 BN-001'),
  name: label(text(), '场所名称'),
  type: label(oneOf(SHELTER_TYPES), '场所类型'),
  address: label(text(), '地址'),
  capacity: label(z.number({ error: '应为人数（数字）' }).int().positive('应大于 0'), '可容纳人数'),
  hours: label(text(), '开放时间', '平时和紧急情况下的开放安排'),
  // WGS84, as GeoJSON requires; the bounds catch swapped or mistyped values within China.
  lng: label(z.number({ error: '应为经度数字' }).min(73, '经度应在 73 至 136 之间（WGS84）').max(136, '经度应在 73 至 136 之间（WGS84）'), '经度', 'WGS84 坐标，如 116.397128'),
  lat: label(z.number({ error: '应为纬度数字' }).min(3, '纬度应在 3 至 54 之间（WGS84）').max(54, '纬度应在 3 至 54 之间（WGS84）'), '纬度', 'WGS84 坐标，如 39.916527'),
  facilities: label(z.array(text()), '配套设施').optional(),
});

/** The national days the office's public education centres on. */
export const EDUCATION_OCCASIONS = ['3·1 国际民防日', '5·12 全国防灾减灾日', '9·18 防空警报试鸣', '12·4 国家宪法日', '其他'] as const;

export const educationSchema = catalogueEntry({
  code: label(code(), '编码', '也是文件名，如 XJ-2026-01'),
  title: label(text(), '活动名称'),
  occasion: label(oneOf(EDUCATION_OCCASIONS), '主题节点'),
  date: label(isoDate(), '活动日期'),
  place: label(text(), '活动地点'),
  activities: label(z.array(text()).min(1, '至少一项活动内容'), '活动内容'),
  participants: label(z.number({ error: '应为人数（数字）' }).int().positive(), '参与人数').optional(),
});

export type WorksUse = z.infer<typeof worksUseSchema>;
export type Shelter = z.infer<typeof shelterSchema>;
export type Education = z.infer<typeof educationSchema>;
