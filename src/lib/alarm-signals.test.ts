import { describe, expect, it } from 'vitest';
import { ALARM_SIGNALS, addMinutes, describeSignal, nextTest, signalEnd, signalSeconds, testWindow } from './alarm-signals.ts';

describe('alarm signals', () => {
  it('last three minutes each, as the national rules say', () => {
    for (const pattern of Object.values(ALARM_SIGNALS)) expect(signalSeconds(pattern)).toBe(180);
  });
  it('are described from their patterns', () => {
    expect(describeSignal(ALARM_SIGNALS.预先警报)).toBe('鸣 36 秒、停 24 秒，反复 3 遍，时长 3 分钟');
    expect(describeSignal(ALARM_SIGNALS.空袭警报)).toBe('鸣 6 秒、停 6 秒，反复 15 遍，时长 3 分钟');
    expect(describeSignal(ALARM_SIGNALS.解除警报)).toBe('连续鸣响 3 分钟');
    expect(describeSignal({ sound: 10, pause: 5, repeat: 6 })).toBe('鸣 10 秒、停 5 秒，反复 6 遍，时长 1 分钟30 秒');
  });
  it('end when their pattern does, not past midnight', () => {
    expect(signalEnd('空袭警报', '10:06')).toBe('10:09');
    expect(signalEnd('解除警报', '23:57')).toBe('24:00');
    expect(signalEnd('解除警报', '23:58')).toBeUndefined();
    expect(addMinutes('9:00', 3)).toBeUndefined();
  });
  it('give a test its window', () => {
    expect(testWindow([{ signal: '预先警报', time: '10:00' }, { signal: '空袭警报', time: '10:06' }, { signal: '解除警报', time: '10:12' }])).toEqual({ start: '10:00', end: '10:15' });
    expect(testWindow([])).toBeUndefined();
  });
  it('pick the next test on or after today', () => {
    const tests = [{ data: { date: '2026-09-19' } }, { data: { date: '2025-09-20' } }, { data: { date: '2027-09-18' } }];
    expect(nextTest(tests, '2026-09-19')).toBe(tests[0]);
    expect(nextTest(tests, '2026-09-20')).toBe(tests[2]);
    expect(nextTest(tests, '2027-09-19')).toBeUndefined();
  });
});
