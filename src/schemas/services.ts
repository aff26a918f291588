// content/services/<实施编码>.md: 服务指南 (办事指南). The front matter holds every element of
// the national 实施清单; the Markdown body may add explanations.
import { z } from 'astro/zod';
import { label, text, code, ref, powerType, phone, url, document, LEVELS, oneOf, catalogueEntry, records, group } from './fields.ts';
import { SUBJECT_KIND } from './enforcement/subjects.ts';
import { POWER_KIND } from './powers.ts';
import { stepId, branchFields, checkFlowSteps } from './flow-steps.ts';

/** The kind key other schemas' references name (ref(SERVICE_KIND)): typed here once. */
export const SERVICE_KIND = 'services';

export const MATERIAL_FORMS = ['原件', '复印件', '原件和复印件'] as const;
export const MATERIAL_MEDIA = ['纸质', '电子', '纸质或电子'] as const;
export const MATERIAL_NECESSITY = ['必要', '非必要', '容缺后补'] as const;

const workingDays = (title: string) =>
  group({
    days: label(z.number({ error: '应为工作日天数（数字）' }).int('应为整数').min(0, '不能为负数'), `${title}（工作日）`, '0 表示即时办结'),
    note: label(text(), '说明').optional(),
  });

export const serviceSchema = catalogueEntry({
  code: label(code(), '实施编码', '本地实施清单中的编码，也是文件名'),
  basicCode: label(code(), '基本编码', '国家基本目录中的事项编码'),
  name: label(text(), '事项名称'),
  type: label(powerType(), '事项类型'),
  power: label(ref(POWER_KIND), '对应权力事项', '权力清单中的事项编码；设定依据从该事项带出'),
  implementer: label(ref(SUBJECT_KIND), '实施主体', '执法主体名录中的编码'),
  department: label(text(), '承办机构'),
  level: label(oneOf(LEVELS), '行使层级'),
  targets: label(z.array(oneOf(['自然人', '法人', '其他组织'] as const)).min(1), '服务对象'),
  conditions: label(z.array(text()).min(1, '至少一项受理条件'), '受理条件'),
  materials: label(
    records({
      name: label(text(), '材料名称'),
      source: label(text(), '来源渠道', '如 申请人自备、政府部门核发'),
      form: label(oneOf(MATERIAL_FORMS), '原件/复印件'),
      copies: label(z.number({ error: '应为份数（数字）' }).int().min(0), '份数', '0 表示无需纸质份数'),
      medium: label(oneOf(MATERIAL_MEDIA), '纸质/电子'),
      necessity: label(oneOf(MATERIAL_NECESSITY), '必要性'),
      note: label(text(), '填报要求').optional(),
      template: label(document(), '空白表格').optional(),
      sample: label(document(), '示例样表').optional(),
    }).min(1, '至少一项申请材料'),
    '申请材料',
  ),
  steps: label(
    records({
      id: stepId(),
      name: label(text(), '环节名称', '如 受理、审查、决定、送达'),
      actor: label(text(), '办理人员/岗位').optional(),
      days: label(z.number({ error: '应为工作日天数（数字）' }).min(0), '环节时限（工作日）', '0 表示即时'),
      countsTowardLimit: label(z.boolean({ error: '应为 true 或 false' }), '是否计入法定时限'),
      description: label(text(), '办理内容与标准'),
      ...branchFields(),
    }).min(1, '至少一个办理环节'),
    '办理流程',
    '按先后顺序排列；有受理/不予受理、补正等分支时，用环节编号和下一环节写明去向',
  ),
  legalLimit: label(workingDays('法定办结时限'), '法定办结时限'),
  promisedLimit: label(workingDays('承诺办结时限'), '承诺办结时限'),
  fee: label(
    group({
      charged: label(z.boolean({ error: '应为 true 或 false' }), '是否收费'),
      standard: label(text(), '收费标准').optional(),
      basis: label(text(), '收费依据').optional(),
      item: label(ref('fees'), '收费目录项目', '收费目录中该项收费的编码，如 SF-001').optional(),
    })
      .refine((fee) => !fee.charged || (fee.standard && fee.basis), { message: '收费事项必须写明收费标准和收费依据' }),
    '收费',
  ),
  visits: label(z.number({ error: '应为次数（数字）' }).int().min(0), '到办事现场次数', '0 表示全程网办'),
  onlineUrl: label(url(), '网办地址').optional(),
  place: label(text(), '办理地点'),
  hours: label(text(), '办理时间'),
  consultPhone: label(phone(), '咨询电话'),
  complaintPhone: label(phone(), '监督投诉电话'),
  result: label(
    group({
      name: label(text(), '审批结果名称'),
      type: label(oneOf(['批准文书', '证照', '备案回执', '其他'] as const), '结果类型'),
      sample: label(document(), '结果样本').optional(),
    }),
    '审批结果',
  ),
  faq: label(
    records({ question: label(text(), '问题'), answer: label(text(), '解答') }),
    '常见问题',
  ).optional(),
})
  .superRefine((service, ctx) => {
    if (service.promisedLimit.days > service.legalLimit.days) {
      ctx.addIssue({ code: 'custom', path: ['promisedLimit', 'days'], message: `承诺时限不能超过法定时限 ${service.legalLimit.days} 个工作日` });
    }
    if (service.visits === 0 && !service.onlineUrl) {
      ctx.addIssue({ code: 'custom', path: ['onlineUrl'], message: '到现场次数为 0（全程网办）时必须提供网办地址' });
    }
    checkFlowSteps(service.steps, ctx);
  });

export type Service = z.infer<typeof serviceSchema>;
