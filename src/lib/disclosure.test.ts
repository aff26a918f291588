import { describe, expect, it } from 'vitest';
import { certificateStanding, describeTimeliness, disclosureState, isPublished, publicationTimeliness, withdrawalTimeliness } from './disclosure.ts';

const decision = { disclosureUntil: '2026-06-30' };

describe('penalty disclosure period', () => {
  it('is published the day before and on the day of the 公示截止期, and gone the day after', () => {
    expect(disclosureState(decision, '2026-06-29')).toBe('published');
    expect(disclosureState(decision, '2026-06-30')).toBe('published');
    expect(disclosureState(decision, '2026-07-01')).toBe('expired');
    expect(isPublished(decision, '2026-07-01')).toBe(false);
  });
  it('is withdrawn from the withdrawal date, whatever the deadline', () => {
    const withdrawn = { ...decision, withdrawal: { kind: '撤销', date: '2026-03-10', reason: '复议决定撤销' } };
    expect(disclosureState(withdrawn, '2026-03-09')).toBe('published');
    expect(disclosureState(withdrawn, '2026-03-10')).toBe('withdrawn');
    expect(disclosureState(withdrawn, '2027-01-01')).toBe('withdrawn');
  });
});

describe('deadlines in working days', () => {
  it('a decision is published within 7 working days, counted over 国庆节 and its make-up Saturday', () => {
    expect(publicationTimeliness({ decisionDate: '2026-07-14', publishDate: '2026-07-21' })).toEqual({ deadline: '2026-07-23', onTime: true, lateBy: 0, provisional: false });
    // Friday 2026-09-25: 9-28, 9-29, 9-30, 10-08, 10-09, 10-10 (worked Saturday), 10-12.
    expect(publicationTimeliness({ decisionDate: '2026-09-25', publishDate: '2026-10-12' }).onTime).toBe(true);
    expect(publicationTimeliness({ decisionDate: '2026-09-25', publishDate: '2026-10-13' })).toEqual({ deadline: '2026-10-12', onTime: false, lateBy: 1, provisional: false });
  });
  it('a withdrawn decision comes down within 3 working days of being revoked', () => {
    expect(withdrawalTimeliness({ decidedDate: '2025-11-07', date: '2025-11-11' }).onTime).toBe(true);
    expect(withdrawalTimeliness({ decidedDate: '2025-11-07', date: '2025-11-12' }).onTime).toBe(true);
    expect(withdrawalTimeliness({ decidedDate: '2025-11-07', date: '2025-11-13' })).toEqual({ deadline: '2025-11-12', onTime: false, lateBy: 1, provisional: false });
  });
  it('says so in words', () => {
    expect(describeTimeliness({ deadline: '2025-11-12', onTime: true, lateBy: 0, provisional: false })).toBe('在时限内');
    expect(describeTimeliness({ deadline: '2025-11-12', onTime: false, lateBy: 2, provisional: false })).toBe('超出时限 2 个工作日');
    expect(describeTimeliness({ deadline: '2100-01-04', onTime: true, lateBy: 0, provisional: true })).toBe('在时限内（该年度节假日安排尚未收入日历，按周一至周五推算）');
  });
});

describe('an officer certificate as the directory shows it', () => {
  const certificate = { status: '有效', validUntil: '2026-06-30' };
  it('is current up to and on its last valid day, and 过期 the day after', () => {
    expect(certificateStanding(certificate, '2026-06-29')).toEqual({ current: true, status: '有效' });
    expect(certificateStanding(certificate, '2026-06-30')).toEqual({ current: true, status: '有效' });
    expect(certificateStanding(certificate, '2026-07-01')).toEqual({ current: false, status: '过期', since: '2026-07-01' });
  });
  it('is not current when suspended or revoked, whatever its validity date', () => {
    expect(certificateStanding({ status: '暂扣', validUntil: '2027-12-31', statusDate: '2025-10-20' }, '2026-01-01')).toEqual({ current: false, status: '暂扣', since: '2025-10-20' });
    expect(certificateStanding({ status: '注销', statusDate: '2025-09-30' }, '2026-01-01')).toEqual({ current: false, status: '注销', since: '2025-09-30' });
  });
  it('is current without a validity date as long as it is recorded as valid', () => {
    expect(certificateStanding({ status: '有效' }, '2030-01-01')).toEqual({ current: true, status: '有效' });
  });
});
