// content/enforcement/recording-items/<编码>.yaml: 音像记录事项清单 (行政执法全过程记录制度):
// which enforcement activities are recorded on video and audio, in which stages, and for how long
// the recordings are kept.
import { z } from 'astro/zod';
import { label, text, code, ref, oneOf } from '../fields.ts';
import { MATTER_KIND } from './matters.ts';
import { enforcementListEntry } from './list-entry.ts';

/** 全程音像记录 is required where liberty, health or major property is at stake; elsewhere as needed. */
export const RECORDING_EXTENTS = ['全程音像记录', '音像记录'] as const;

export const recordingItemSchema = enforcementListEntry({
  code: label(code(), '编码', '也是文件名，如 YX-001'),
  name: label(text(), '执法活动', '需要音像记录的执法活动，如 现场检查'),
  matters: label(z.array(ref(MATTER_KIND)).min(1, '至少一个执法事项'), '对应执法事项', '行政执法事项清单中的编码'),
  stages: label(z.array(text()).min(1, '至少一个执法环节'), '执法环节', '需要记录的环节，如 出示执法证件、告知权利义务'),
  extent: label(oneOf(RECORDING_EXTENTS), '记录要求', '全程音像记录，或根据情况进行音像记录'),
  means: label(text(), '记录方式', '如 执法记录仪录音录像，辅以现场拍照'),
  retention: label(text(), '保存期限', '音像资料的保存期限'),
  basis: label(z.array(text()).min(1, '至少一条依据'), '记录依据'),
  department: label(text(), '承办机构'),
});

export type RecordingItem = z.infer<typeof recordingItemSchema>;
