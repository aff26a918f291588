import { describe, expect, it } from 'vitest';
import { disclosureState, isPublished } from './disclosure.ts';

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
