import { describe, expect, it } from 'vitest';
import { cleanLine, parseChineseDate, splitLines } from './text.ts';

describe('cleanLine', () => {
  it('removes full-width and ordinary indentation', () => {
    expect(cleanLine('　　一、主要举措')).toBe('一、主要举措');
    expect(cleanLine('    （一）审批服务  ')).toBe('（一）审批服务');
    expect(cleanLine('\u00A0\t二、存在的不足')).toBe('二、存在的不足');
  });

  it('removes stray spaces next to Chinese text', () => {
    expect(cleanLine('各个环节 ，全年')).toBe('各个环节，全年');
    expect(cleanLine('“只办一次 ”事项')).toBe('“只办一次”事项');
    expect(cleanLine('罚款 2.5 万元')).toBe('罚款2.5万元');
    expect(cleanLine('国家人防办 《关于')).toBe('国家人防办《关于');
  });

  it('keeps spaces between Latin words and numbers, collapsed to one', () => {
    expect(cleanLine('ISO  9001 标准')).toBe('ISO 9001标准');
    expect(cleanLine('GB/T 37668 无障碍')).toBe('GB/T 37668无障碍');
  });

  it('turns half-width punctuation inside Chinese text full-width', () => {
    expect(cleanLine('2024年,示例县人民防空办公室围绕年度目标,推进依法行政')).toBe('2024年，示例县人民防空办公室围绕年度目标，推进依法行政');
    expect(cleanLine('(一)健全制度')).toBe('（一）健全制度');
    expect(cleanLine('《管理办法(试行)》')).toBe('《管理办法（试行）》');
    expect(cleanLine('联系人: 政策法规股; 电话?')).toBe('联系人：政策法规股；电话？');
  });

  it('leaves punctuation between numbers and in addresses alone', () => {
    expect(cleanLine('办理时间 9:00—17:00')).toBe('办理时间9:00—17:00');
    expect(cleanLine('1,268.40')).toBe('1,268.40');
    expect(cleanLine('https://example.gov.cn')).toBe('https://example.gov.cn');
    expect(cleanLine('f(x)')).toBe('f(x)');
  });
});

describe('parseChineseDate', () => {
  it('reads the date forms found in reports and on web pages', () => {
    expect(parseChineseDate('2026年1月20日')).toBe('2026-01-20');
    expect(parseChineseDate('2025- 03- 05')).toBe('2025-03-05');
    expect(parseChineseDate('2025.3.5')).toBe('2025-03-05');
    expect(parseChineseDate('发布时间：2024/12/31 10:00')).toBe('2024-12-31');
  });

  it('refuses a day that does not exist and text without a date', () => {
    expect(parseChineseDate('2025年2月30日')).toBeUndefined();
    expect(parseChineseDate('二〇二五年')).toBeUndefined();
  });
});

describe('splitLines', () => {
  it('splits on every line ending and drops a byte-order mark', () => {
    expect(splitLines('\uFEFF甲\r\n乙\r丙\n')).toEqual(['甲', '乙', '丙', '']);
  });
});
