import { describe, expect, it } from 'vitest';
import { byYear, consultationState, isArchived } from './notice-status.ts';

describe('notice status', () => {
  it('archives a notice the day after its end date', () => {
    expect(isArchived({ endDate: '2026-03-31' }, '2026-03-31')).toBe(false);
    expect(isArchived({ endDate: '2026-03-31' }, '2026-04-01')).toBe(true);
    expect(isArchived({}, '2099-01-01')).toBe(false);
  });
  it('keeps a consultation open through its close date', () => {
    const c = { openDate: '2026-11-01', closeDate: '2026-11-30' };
    expect(consultationState(c, '2026-10-31')).toBe('未开始');
    expect(consultationState(c, '2026-11-01')).toBe('征求意见中');
    expect(consultationState(c, '2026-11-30')).toBe('征求意见中');
    expect(consultationState(c, '2026-12-01')).toBe('已截止');
    expect(consultationState({ ...c, feedback: { date: '2026-12-20' } }, '2026-12-01')).toBe('已反馈');
  });
  it('groups by year, newest first', () => {
    expect(byYear(['2024-09-21', '2026-09-19', '2025-09-20', '2024-03-01'], (d) => d.slice(0, 4))).toEqual([
      ['2026', ['2026-09-19']],
      ['2025', ['2025-09-20']],
      ['2024', ['2024-09-21', '2024-03-01']],
    ]);
  });
});
