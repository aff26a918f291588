// 双公示 data in the column set of the national 行政许可、行政处罚 信用信息 data standard, in its order,
// so an office can upload its decisions to the credit platform without retyping. Only what the
// site publishes is exported: the caller passes the decisions in their disclosure period and not
// withdrawn (the penalties record's `published`). Identity documents of natural persons
// (证件类型, 证件号码) are never kept here, so those columns stay empty; the platform's own
// form takes them from the case file.
import type { Penalty } from '../../schemas/enforcement/penalties.ts';
import type { Permit } from '../../schemas/enforcement/permits.ts';
import type { Party } from '../../schemas/enforcement/parties.ts';
import { isPublished } from '../disclosure.ts';

export interface CreditContext {
  /** The deciding authority's name by its 统一社会信用代码. */
  authorityName: (creditCode: string) => string;
  /** 数据来源单位: the office publishing the data. */
  source: { name: string; creditCode: string };
}

export const PENALTY_CREDIT_HEADER = [
  '行政相对人名称', '行政相对人类别', '行政相对人代码_1（统一社会信用代码）', '法定代表人', '证件类型', '证件号码',
  '行政处罚决定书文号', '违法行为类型', '违法事实', '处罚依据', '处罚类别', '处罚内容', '罚款金额（万元）',
  '没收违法所得、没收非法财物的金额（万元）', '暂扣或吊销证照名称及编号', '处罚决定日期', '处罚有效期', '公示截止期',
  '处罚机关', '处罚机关统一社会信用代码', '数据来源单位', '数据来源单位统一社会信用代码', '备注',
] as const;

export const PERMIT_CREDIT_HEADER = [
  '行政相对人名称', '行政相对人类别', '行政相对人代码_1（统一社会信用代码）', '法定代表人', '证件类型', '证件号码',
  '行政许可决定文书名称', '行政许可决定文书号', '许可类别', '许可证书名称', '许可编号', '许可内容', '许可决定日期',
  '有效期自', '有效期至', '许可机关', '许可机关统一社会信用代码', '当前状态', '数据来源单位', '数据来源单位统一社会信用代码', '备注',
] as const;

/** The standard's three classes of party: 法人及非法人组织, 自然人, 个体工商户. */
export function partyClass(kind: Party['kind']): string {
  return kind === '法人' || kind === '非法人组织' ? '法人及非法人组织' : kind;
}

function partyCells(party: Party): string[] {
  return [party.name, partyClass(party.kind), party.creditCode ?? '', party.legalRepresentative ?? '', '', ''];
}

const amount = (value: number | undefined) => (value === undefined ? '' : String(value));
const basisText = (basis: Penalty['basis']) => basis.map((b) => `${b.law}${b.article}`).join('；');

/** Penalties in their disclosure period and not withdrawn, as of `today`: nothing else leaves the site. */
export function penaltyCreditRows(penalties: readonly Penalty[], context: CreditContext, today: string): string[][] {
  return penalties.filter((p) => isPublished(p, today)).map((p) => [
    ...partyCells(p.party),
    p.decisionNo, p.violationType, p.facts, basisText(p.basis), p.categories.join('；'), p.content,
    amount(p.fineAmount), amount(p.confiscatedAmount), p.licence ?? '', p.decisionDate, '', p.disclosureUntil,
    context.authorityName(p.authority), p.authority, context.source.name, context.source.creditCode, '',
  ]);
}

export function permitCreditRows(permits: readonly Permit[], context: CreditContext): string[][] {
  return permits.map((p) => [
    ...partyCells(p.party),
    p.documentName, p.decisionNo, p.category, p.certificate?.name ?? '', p.certificate?.number ?? '', p.content, p.decisionDate,
    p.validFrom, p.validTo ?? '', context.authorityName(p.authority), p.authority, p.status, context.source.name, context.source.creditCode, '',
  ]);
}
