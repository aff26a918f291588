// 音像记录事项清单 (行政执法全过程记录制度): fields only.
import { recordingItemSchema } from '../schemas/enforcement/recording-items.ts';
import { defineKind } from './define.ts';

export default defineKind({
  label: '音像记录事项',
  schema: recordingItemSchema,
  column: { name: '音像记录事项清单', description: '哪些执法活动、哪些环节进行音像记录', keywords: ['音像记录事项清单', '执法全过程记录'] },
  place: { parent: 'enforcement', group: '事前公示', blurb: '哪些执法活动和环节全程或者部分录音录像' },
  title: (r) => `音像记录事项：${r.name}`,
  list: {
    titleField: 'name',
    lead: '执法全过程记录制度要求：直接涉及重大财产权益的现场执法活动全程音像记录；现场检查、调查取证、听证、送达等容易引发争议的环节进行音像记录。被检查单位也可以自行录音录像。',
    fields: ['name', { key: 'extent', badge: (extent) => (extent === '全程音像记录' ? 'warn' : '') }, 'stages', 'means'],
  },
  detail: { fields: ['extent', 'stages', 'means', 'retention', 'matters', 'department', 'subject', 'basis', 'note'] },
});
