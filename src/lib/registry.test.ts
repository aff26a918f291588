import { describe, expect, it } from 'vitest';
import { filingState, qualificationState, unitInGoodStanding, type DatedQualification } from './registry.ts';

const valid: DatedQualification = { validUntil: '2026-06-30', status: '有效' };

describe('qualification state by date', () => {
  it('is valid up to and including 有效期至, expired the day after', () => {
    expect(qualificationState(valid, '2026-06-29')).toBe('有效');
    expect(qualificationState(valid, '2026-06-30')).toBe('有效');
    expect(qualificationState(valid, '2026-07-01')).toBe('已过期');
  });
  it('shows a recorded suspension from its date on', () => {
    const suspended: DatedQualification = { validUntil: '2027-12-31', status: '暂停', statusDate: '2026-03-01' };
    expect(qualificationState(suspended, '2026-02-28')).toBe('有效');
    expect(qualificationState(suspended, '2026-03-01')).toBe('暂停');
    expect(qualificationState({ ...suspended, status: '撤销' }, '2028-01-05')).toBe('撤销');
  });
});

describe('filings and standing', () => {
  it('expires a filing after its last day, and keeps one without an end', () => {
    expect(filingState({ validUntil: '2026-12-31' }, '2026-12-31')).toBe('有效');
    expect(filingState({ validUntil: '2026-12-31' }, '2027-01-01')).toBe('已过期');
    expect(filingState({}, '2099-01-01')).toBe('有效');
  });
  it('needs one valid qualification and a valid filing', () => {
    const expired: DatedQualification = { validUntil: '2025-12-31', status: '有效' };
    expect(unitInGoodStanding({ qualifications: [expired, valid] }, '2026-01-10')).toBe(true);
    expect(unitInGoodStanding({ qualifications: [expired] }, '2026-01-10')).toBe(false);
    expect(unitInGoodStanding({ qualifications: [valid], filing: { validUntil: '2026-01-09' } }, '2026-01-10')).toBe(false);
  });
});
