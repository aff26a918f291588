import { describe, expect, it } from 'vitest';
import { buildToday, formatChineseDate, isRealIsoDate, readToday, toIsoDateText } from './dates.ts';

describe('ISO dates', () => {
  it('accepts real dates only', () => {
    expect(isRealIsoDate('2024-02-29')).toBe(true);
    expect(isRealIsoDate('2025-02-29')).toBe(false);
    expect(isRealIsoDate('2025-13-01')).toBe(false);
    expect(isRealIsoDate('2025-1-01')).toBe(false);
  });
  it('turns YAML Date objects back into ISO text', () => {
    expect(toIsoDateText(new Date(Date.UTC(2025, 2, 1)))).toBe('2025-03-01');
    expect(toIsoDateText('2025-03-01')).toBe('2025-03-01');
  });
  it('takes today in China, or the date set for previews', () => {
    expect(buildToday({}, new Date('2026-11-21T17:00:00Z'))).toBe('2026-11-22');
    expect(buildToday({ GONGKAI_TODAY: '2030-01-01' })).toBe('2030-01-01');
    expect(() => buildToday({ GONGKAI_TODAY: '2030-02-30' })).toThrow('GONGKAI_TODAY 应为 YYYY-MM-DD 格式的真实日期，实际为 "2030-02-30"');
  });
  it('reads a wrong GONGKAI_TODAY as a problem to report, keeping the real today', () => {
    const now = new Date('2026-11-21T17:00:00Z');
    expect(readToday({ GONGKAI_TODAY: '2030-02-30' }, now)).toEqual({ today: '2026-11-22', problem: '值“2030-02-30”不是真实存在的日期' });
    expect(readToday({ GONGKAI_TODAY: 'tomorrow' }, now)).toEqual({ today: '2026-11-22', problem: '值“tomorrow”不是 YYYY-MM-DD 格式的日期' });
    expect(readToday({ GONGKAI_TODAY: '2026/12/31' }, now)).toEqual({ today: '2026-11-22', problem: '值“2026/12/31”不是 YYYY-MM-DD 格式的日期' });
    expect(readToday({ GONGKAI_TODAY: '2030-01-01' }, now)).toEqual({ today: '2030-01-01' });
    expect(readToday({ GONGKAI_TODAY: '' }, now)).toEqual({ today: '2026-11-22' });
  });
  it('writes dates the Chinese way in running text', () => {
    expect(formatChineseDate('2026-03-09')).toBe('2026年3月9日');
  });
});
