// What the enforcement pages may show, judged against the build's "today". Which penalty decisions
// are shown: 行政处罚法 第四十八条 takes a published decision down when it is changed, revoked, or
// found unlawful or void; the credit rules end its publication on its 公示截止期. Also the deadlines
// in working days for publishing and withdrawing decisions, and whether an officer's certificate
// is current.
import { addCalendarDays, workingDayDeadline, type WorkingDayDeadline } from './working-days.ts';

export interface DisclosedDecision {
  disclosureUntil: string;
  withdrawal?: { kind: string; date: string; reason: string };
}

export type DisclosureState = 'published' | 'expired' | 'withdrawn';

export function disclosureState(decision: DisclosedDecision, today: string): DisclosureState {
  if (decision.withdrawal && decision.withdrawal.date <= today) return 'withdrawn';
  return today <= decision.disclosureUntil ? 'published' : 'expired';
}

export function isPublished(decision: DisclosedDecision, today: string): boolean {
  return disclosureState(decision, today) === 'published';
}

/**
 * 国办发〔2018〕118号: 行政许可 and 行政处罚 decisions are published within 7 working days of the
 * decision. 行政处罚法 第四十八条 and 第八十五条: a withdrawn decision is taken down within 3 working
 * days. Both are shown as facts on the decision's page rather than refused by the content check:
 * a late publication has already happened, and refusing to build would only keep it unpublished
 * (or a withdrawn decision up) for longer.
 */
export const PUBLICATION_WORKING_DAYS = 7;
export const WITHDRAWAL_WORKING_DAYS = 3;

export function publicationTimeliness(decision: { decisionDate: string; publishDate: string }): WorkingDayDeadline {
  return workingDayDeadline(decision.decisionDate, PUBLICATION_WORKING_DAYS, decision.publishDate);
}

export function withdrawalTimeliness(withdrawal: { decidedDate: string; date: string }): WorkingDayDeadline {
  return workingDayDeadline(withdrawal.decidedDate, WITHDRAWAL_WORKING_DAYS, withdrawal.date);
}

/** "按期" or "超出时限 2 个工作日", with a note when the calendar did not know the year yet. */
export function describeTimeliness(result: WorkingDayDeadline): string {
  const verdict = result.onTime ? '在时限内' : `超出时限 ${result.lateBy} 个工作日`;
  return result.provisional ? `${verdict}（该年度节假日安排尚未收入日历，按周一至周五推算）` : verdict;
}

export interface Certificate {
  status: string;
  validUntil?: string | undefined;
  statusDate?: string | undefined;
}

export interface CertificateStanding {
  /** Whether the holder may carry out enforcement today. */
  current: boolean;
  /** 有效, 暂扣, 注销 or 过期: as recorded, or 过期 once the validity date has passed. */
  status: string;
  /** Since when the certificate has not been valid, where known. */
  since?: string | undefined;
}

/**
 * What the officer directory tells a business today. A certificate recorded as 有效 whose
 * 有效期 has run out is shown as 过期 from the day after, without waiting for staff to edit it.
 */
export function certificateStanding(certificate: Certificate, today: string): CertificateStanding {
  if (certificate.status !== '有效') return { current: false, status: certificate.status, since: certificate.statusDate };
  if (certificate.validUntil && certificate.validUntil < today) return { current: false, status: '过期', since: addCalendarDays(certificate.validUntil, 1) };
  return { current: true, status: '有效' };
}
