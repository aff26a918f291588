// content/responsibilities/<事项编码>.yaml: 责任清单, one file per power, named by the power's code.
import { z } from 'astro/zod';
import { label, text, ref, oneOf, catalogueEntry, records } from './fields.ts';
import { POWER_KIND } from './powers.ts';

/** Stages of a permit (受理…事后监管) and of a penalty (立案…执行), as the national lists use them. */
export const RESPONSIBILITY_STAGES = [
  '受理', '审查', '决定', '送达', '事后监管',
  '立案', '调查取证', '审理', '告知', '执行',
  '检查', '处置', '其他',
] as const;

export const responsibilitySchema = catalogueEntry({
  power: label(ref(POWER_KIND), '对应权力事项', '权力清单中的事项编码'),
  stages: label(
    records({
      stage: label(oneOf(RESPONSIBILITY_STAGES), '环节'),
      duty: label(text(), '责任事项', '本环节必须做到的事'),
    }).min(1, '至少一个环节'),
    '责任事项',
    '按办理环节列出',
  ),
  accountability: label(
    records({
      situation: label(text(), '追责情形'),
      basis: label(z.array(text()).min(1, '至少一条追责依据'), '追责依据', '法律法规名称及条款'),
    }).min(1, '至少一种追责情形'),
    '追责情形及依据',
  ),
});

export type Responsibility = z.infer<typeof responsibilitySchema>;
