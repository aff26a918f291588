// content/enforcement/templates/<编码>.yaml: 行政执法文书样本 to download. The files lie beside the
// entry (templates/files/…); the content check makes sure each one exists.
import { z } from 'astro/zod';
import { label, text, code, ref, document, oneOf } from '../fields.ts';
import { MATTER_KIND } from './matters.ts';
import { enforcementListEntry } from './list-entry.ts';

export const TEMPLATE_STAGES = ['检查', '立案', '调查取证', '告知', '听证', '审查决定', '送达', '执行', '结案', '其他'] as const;

export const documentTemplateSchema = enforcementListEntry({
  code: label(code(), '编码', '也是文件名，如 WS-001'),
  name: label(text(), '文书名称'),
  stage: label(oneOf(TEMPLATE_STAGES), '使用环节'),
  purpose: label(text(), '用途', '什么情况下制作、交给谁'),
  matters: label(z.array(ref(MATTER_KIND)), '适用执法事项', '行政执法事项清单中的编码；通用文书为空列表'),
  basis: label(z.array(text()).min(1, '至少一条依据'), '制作依据'),
  files: label(z.array(document()).min(1, '至少一个文件'), '样本文件', '可下载的空白文书或填写示例'),
});

export type DocumentTemplate = z.infer<typeof documentTemplateSchema>;
