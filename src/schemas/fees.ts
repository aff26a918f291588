// content/fees/<编码>.yaml: 收费目录, one 行政事业性收费 (or 政府性基金) item the office collects: what it is,
// its standard, the documents that set it, and who pays. Service guides that charge refer to it
// (services' fee.item), and the item's page lists them back.
import { z } from 'astro/zod';
import { label, text, code, oneOf, catalogueEntry } from './fields.ts';

export const FEE_CATEGORIES = ['行政事业性收费', '政府性基金'] as const;

export const feeSchema = catalogueEntry({
  code: label(code(), '编码', '也是文件名，如 SF-001'),
  name: label(text(), '收费项目', '如 防空地下室易地建设费'),
  category: label(oneOf(FEE_CATEGORIES), '收费类别'),
  standard: label(text(), '收费标准', '金额和计费方式，如 按应建防空地下室面积每平方米 1500 元'),
  unit: label(text(), '计费单位', '如 元/平方米（㎡）'),
  basis: label(z.array(text()).min(1, '至少一项收费依据'), '收费依据', '设立收费和核定标准的文件名称及文号'),
  payers: label(text(), '缴费对象', '谁在什么情况下缴费'),
  collector: label(text(), '执收单位'),
  exemptions: label(z.array(text()), '减免规定', '依法减免的情形').optional(),
  paymentMethod: label(text(), '缴费方式', '如 通过非税收入收缴系统缴入国库').optional(),
  note: label(text(), '备注').optional(),
});

export type Fee = z.infer<typeof feeSchema>;
