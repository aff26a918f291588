// 双公示 files (/data/credit/penalties.* and permits.*): the decisions readers see, in the national
// credit-information column set.
import { entriesOf, getSite, getSubjects, today } from '../../data/content.ts';
import { PENALTY_CREDIT_HEADER, PERMIT_CREDIT_HEADER, penaltyCreditRows, permitCreditRows, type CreditContext } from '../../lib/export/credit.ts';

export const creditSets = [
  { set: 'penalties', label: '行政处罚信用信息（双公示）' },
  { set: 'permits', label: '行政许可信用信息（双公示）' },
] as const;
export type CreditSet = (typeof creditSets)[number]['set'];

export async function creditTable(set: CreditSet): Promise<{ label: string; header: string[]; rows: string[][] }> {
  const [site, subjects] = await Promise.all([getSite(), getSubjects()]);
  const names = new Map(subjects.map((s) => [s.id, s.data.name]));
  const context: CreditContext = { authorityName: (code) => names.get(code) ?? '', source: { name: site.name, creditCode: site.creditCode } };
  const label = creditSets.find((s) => s.set === set)!.label;
  // entriesOf applies the disclosure period and withdrawals: what is not published is not exported.
  if (set === 'penalties') return { label, header: [...PENALTY_CREDIT_HEADER], rows: penaltyCreditRows((await entriesOf('penalties')).map((e) => e.data), context, today) };
  return { label, header: [...PERMIT_CREDIT_HEADER], rows: permitCreditRows((await entriesOf('permits')).map((e) => e.data), context) };
}
