// The state of a unit's qualification or filing as of a given day. 已过期 follows from 有效期至,
// so a qualification lapses on the page the day after its last valid day without any edit.

export type QualificationState = '有效' | '已过期' | '暂停' | '撤销' | '注销';

export interface DatedQualification {
  validUntil: string;
  status: '有效' | '暂停' | '撤销' | '注销';
  statusDate?: string;
}

export function qualificationState(q: DatedQualification, today: string): QualificationState {
  // A suspension or revocation dated after today has not happened yet.
  if (q.status !== '有效' && (!q.statusDate || q.statusDate <= today)) return q.status;
  return today <= q.validUntil ? '有效' : '已过期';
}

export interface DatedFiling {
  validUntil?: string;
}

export function filingState(filing: DatedFiling, today: string): '有效' | '已过期' {
  return !filing.validUntil || today <= filing.validUntil ? '有效' : '已过期';
}

/** A unit may take work when one of its qualifications is valid and, for units from elsewhere, its filing too. */
export function unitInGoodStanding(unit: { qualifications: readonly DatedQualification[]; filing?: DatedFiling }, today: string): boolean {
  return unit.qualifications.some((q) => qualificationState(q, today) === '有效') && (!unit.filing || filingState(unit.filing, today) === '有效');
}
