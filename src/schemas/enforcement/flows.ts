// content/enforcement/flows/<编码>.yaml: 行政执法流程图 and 重大执法决定法制审核流程图. The steps are
// data; the page draws them as an SVG flowchart and lists them as text for those who cannot see it.
import { z } from 'astro/zod';
import { label, text, code, ref, oneOf, catalogueEntry, records } from '../fields.ts';
import { SUBJECT_KIND } from './subjects.ts';
import { MATTER_KIND } from './matters.ts';
import { stepId, branchFields, checkFlowSteps } from '../flow-steps.ts';

export const FLOW_KINDS = ['行政执法流程图', '重大执法决定法制审核流程图'] as const;

export const enforcementFlowSchema = catalogueEntry({
  code: label(code(), '编码', '也是文件名，如 LC-001'),
  kind: label(oneOf(FLOW_KINDS), '流程图类别'),
  title: label(text(), '流程名称', '如 行政处罚（一般程序）流程'),
  matters: label(z.array(ref(MATTER_KIND)), '适用执法事项', '行政执法事项清单中的编码；适用于全部事项时为空列表'),
  steps: label(
    records({
      id: stepId(),
      name: label(text(), '环节', '流程图方框中的文字，宜简短'),
      actor: label(text(), '承办人员或机构').optional(),
      timeLimit: label(text(), '时限').optional(),
      description: label(text(), '环节说明', '做什么、出现哪些情形时怎样处理'),
      ...branchFields(),
    }).min(2, '至少两个环节'),
    '流程环节',
    '按先后顺序排列',
  ),
  basis: label(z.array(text()).min(1, '至少一条依据'), '流程依据'),
  subject: label(ref(SUBJECT_KIND), '执法主体'),
  note: label(text(), '备注').optional(),
})
  .superRefine((flow, ctx) => checkFlowSteps(flow.steps, ctx));

export type EnforcementFlow = z.infer<typeof enforcementFlowSchema>;
