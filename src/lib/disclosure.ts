// Which penalty decisions may be shown. 行政处罚法 第四十八条: a decision published for its
// social impact is taken down when it is changed, revoked, or found unlawful or void; the credit
// rules end its publication on its 公示截止期. Both are judged against the build's "today".

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
