// content/enforcement/penalties/<编码>.yaml: 行政处罚决定 with the 双公示 fields. A decision
// is shown only until its 公示截止期, and never once it has been withdrawn.
import { z } from 'astro/zod';
import { label, text, code, ref, isoDate, legalBasis, oneOf, catalogueEntry, group } from '../fields.ts';
import { partySchema } from './parties.ts';
import { SUBJECT_KIND } from './subjects.ts';
import { MATTER_KIND } from './matters.ts';

export const PENALTY_CATEGORIES = ['警告', '通报批评', '罚款', '没收违法所得', '没收非法财物', '暂扣许可证件', '降低资质等级', '吊销许可证件', '限制开展生产经营活动', '责令停产停业', '责令关闭', '限制从业', '其他'] as const;
export const WITHDRAWAL_KINDS = ['变更', '撤销', '确认违法', '确认无效'] as const;
export const DOC_NO_PATTERN = /^.+〔\d{4}〕\d+号$/;

export const penaltySchema = catalogueEntry({
  code: label(code(), '编码', '本站使用的稳定编码，也是文件名，如 CF-2025-001'),
  decisionNo: label(z.string().regex(DOC_NO_PATTERN, '应为决定书文号，年份用六角括号〔〕，如 示防罚决〔2025〕1号'), '决定书文号'),
  party: label(partySchema, '行政相对人'),
  violationType: label(text(), '违法行为类型'),
  facts: label(text(), '违法事实'),
  basis: label(z.array(legalBasis()).min(1, '至少一条处罚依据'), '处罚依据'),
  categories: label(z.array(oneOf(PENALTY_CATEGORIES)).min(1), '处罚类别'),
  content: label(text(), '处罚内容'),
  fineAmount: label(z.number({ error: '应为金额（数字，单位万元）' }).min(0), '罚款金额（万元）').optional(),
  confiscatedAmount: label(z.number().min(0), '没收违法所得、没收非法财物的金额（万元）').optional(),
  licence: label(text(), '暂扣或吊销证照名称及编号', '处罚类别含暂扣或吊销许可证件时填写').optional(),
  decisionDate: label(isoDate(), '处罚决定日期'),
  severity: label(z.enum(['一般', '严重'], { error: '应为 一般 或 严重' }), '失信程度', '决定公示期长短：一般 3 个月至 1 年，严重 1 至 3 年'),
  disclosureUntil: label(isoDate(), '公示截止期', '此日之后不再公示'),
  authority: label(ref(SUBJECT_KIND), '处罚机关', '执法主体名录中的统一社会信用代码'),
  matter: label(ref(MATTER_KIND), '对应执法事项').optional(),
  withdrawal: label(
    group({
      kind: label(oneOf(WITHDRAWAL_KINDS), '撤回原因类别'),
      decidedDate: label(isoDate(), '变更、撤销或确认决定日期', '原决定被变更、撤销或确认违法、无效的日期；应在此后三个工作日内撤回公示'),
      date: label(isoDate(), '撤回日期'),
      reason: label(text(), '撤回说明', '只写原因，不写决定内容'),
    }),
    '撤回公示',
    '决定被变更、撤销、确认违法或无效时填写，页面只保留撤回说明',
  ).optional(),
})
  .superRefine((penalty, ctx) => {
    if (penalty.categories.includes('罚款') && penalty.fineAmount === undefined) {
      ctx.addIssue({ code: 'custom', path: ['fineAmount'], message: '处罚类别含罚款时必须填写罚款金额' });
    }
    if (penalty.disclosureUntil < penalty.decisionDate) {
      ctx.addIssue({ code: 'custom', path: ['disclosureUntil'], message: `不能早于处罚决定日期 ${penalty.decisionDate}` });
    }
    if (penalty.withdrawal && penalty.withdrawal.date < penalty.decisionDate) {
      ctx.addIssue({ code: 'custom', path: ['withdrawal', 'date'], message: `不能早于处罚决定日期 ${penalty.decisionDate}` });
    }
    if (penalty.withdrawal && penalty.withdrawal.decidedDate < penalty.decisionDate) {
      ctx.addIssue({ code: 'custom', path: ['withdrawal', 'decidedDate'], message: `不能早于处罚决定日期 ${penalty.decisionDate}` });
    }
    if (penalty.withdrawal && penalty.withdrawal.date < penalty.withdrawal.decidedDate) {
      // A decision is withdrawn because it was changed or revoked, so never before that happened.
      ctx.addIssue({ code: 'custom', path: ['withdrawal', 'date'], message: `不能早于变更、撤销或确认决定日期 ${penalty.withdrawal.decidedDate}` });
    }
    const licenceCategories = penalty.categories.filter((category) => category === '暂扣许可证件' || category === '吊销许可证件');
    if (licenceCategories.length > 0 && !penalty.licence) {
      ctx.addIssue({ code: 'custom', path: ['licence'], message: `处罚类别含${licenceCategories.join('、')}时必须填写证照名称及编号` });
    }
  });

export type Penalty = z.infer<typeof penaltySchema>;
