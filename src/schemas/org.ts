// content/org/leaders/<编码>.yaml (领导分工) and content/org/units/<编码>.yaml (内设机构): the 机构信息
// that 政府信息公开条例 第二十条 (一) asks for. Phones are the units' public office lines, never mobiles.
import { z } from 'astro/zod';
import { label, text, code, ref, phone, catalogueEntry } from './fields.ts';

const MOBILE = /(?:^|\D)1[3-9]\d{9}(?:\D|$)/;

/** A public office phone: a mobile number is a person's, not the office's, and is refused. */
export const officePhone = () => phone().refine((value) => !MOBILE.test(value.replace(/[\s-]/g, '')), { message: '只公开办公电话，不能填写手机号码' });

const order = () => label(z.number({ error: '应为数字' }).int().min(1), '排序', '在列表中的先后，1 在最前');

export const leaderSchema = catalogueEntry({
  code: label(code(), '编码', '也是文件名，如 LD-01'),
  name: label(text(), '姓名'),
  title: label(text(), '职务', '如 党组书记、主任'),
  order: order(),
  duties: label(z.array(text()).min(1, '至少一项分工'), '工作分工', '负责和分管的工作'),
  oversees: label(z.array(ref('orgUnits')), '分管内设机构', '内设机构的编码').optional(),
});

export const orgUnitSchema = catalogueEntry({
  code: label(code(), '编码', '也是文件名，如 NS-01'),
  name: label(text(), '机构名称'),
  order: order(),
  duties: label(z.array(text()).min(1, '至少一项职责'), '主要职责'),
  phone: label(officePhone(), '办公电话', '对外公开的办公电话'),
  room: label(text(), '办公地点').optional(),
});

export type Leader = z.infer<typeof leaderSchema>;
export type OrgUnit = z.infer<typeof orgUnitSchema>;
