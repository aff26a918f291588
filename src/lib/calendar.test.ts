import { describe, expect, it } from 'vitest';
import { calendarFile } from './calendar.ts';

const event = { uid: 'JB-2026@example.gov.cn', title: '防空警报试鸣', date: '2026-09-19', start: '10:00', end: '10:15', location: '示例市城区', url: 'https://example.gov.cn/alarm-tests/JB-2026/' };

describe('calendar file', () => {
  it('writes China time as UTC, with a stable uid and stamp', () => {
    const text = calendarFile(event, 'gongkai');
    expect(text).toContain('BEGIN:VEVENT');
    expect(text).toContain('UID:JB-2026@example.gov.cn');
    expect(text).toContain('DTSTART:20260919T020000Z');
    expect(text).toContain('DTEND:20260919T021500Z');
    expect(text).toContain('LOCATION:示例市城区');
    expect(calendarFile(event, 'gongkai')).toBe(text);
  });
  it('crosses back a day for early-morning times', () => {
    expect(calendarFile({ ...event, start: '07:00', end: '07:10' }, 'gongkai')).toContain('DTSTART:20260918T230000Z');
  });
});
