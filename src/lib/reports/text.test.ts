import { describe, expect, it } from 'vitest';
import { cleanLine, parseChineseDate, splitLines } from './text.ts';

describe('cleanLine', () => {
  it.each([
    { rule: 'removes full-width indentation', line: '　　一、主要举措', cleaned: '一、主要举措' },
    { rule: 'removes ordinary indentation', line: '    （一）审批服务  ', cleaned: '（一）审批服务' },
    { rule: 'removes a no-break space and a tab', line: '\u00A0\t二、存在的不足', cleaned: '二、存在的不足' },
    { rule: 'removes a stray space before a comma', line: '各个环节 ，全年', cleaned: '各个环节，全年' },
    { rule: 'removes a stray space inside quotes', line: '“只办一次 ”事项', cleaned: '“只办一次”事项' },
    { rule: 'removes spaces around a number in Chinese text', line: '罚款 2.5 万元', cleaned: '罚款2.5万元' },
    { rule: 'removes a space before a title mark', line: '国家人防办 《关于', cleaned: '国家人防办《关于' },
    { rule: 'keeps one space between Latin words and numbers', line: 'ISO  9001 标准', cleaned: 'ISO 9001标准' },
    { rule: 'keeps the space inside a standard number', line: 'GB/T 37668 无障碍', cleaned: 'GB/T 37668无障碍' },
    { rule: 'makes commas in Chinese text full-width', line: '2024年,示例县人民防空办公室围绕年度目标,推进依法行政', cleaned: '2024年，示例县人民防空办公室围绕年度目标，推进依法行政' },
    { rule: 'makes the brackets of a numbering full-width', line: '(一)健全制度', cleaned: '（一）健全制度' },
    { rule: 'makes brackets inside a title full-width', line: '《管理办法(试行)》', cleaned: '《管理办法（试行）》' },
    { rule: 'makes colons, semicolons and question marks full-width', line: '联系人: 政策法规股; 电话?', cleaned: '联系人：政策法规股；电话？' },
    { rule: 'leaves a colon between numbers alone', line: '办理时间 9:00—17:00', cleaned: '办理时间9:00—17:00' },
    { rule: 'leaves a thousands comma alone', line: '1,268.40', cleaned: '1,268.40' },
    { rule: 'leaves a web address alone', line: 'https://example.gov.cn', cleaned: 'https://example.gov.cn' },
    { rule: 'leaves brackets in Latin text alone', line: 'f(x)', cleaned: 'f(x)' },
  ])('$rule: $line', ({ line, cleaned }) => {
    expect(cleanLine(line)).toBe(cleaned);
  });
});

describe('parseChineseDate', () => {
  it.each([
    ['2026年1月20日', '2026-01-20'],
    ['2025- 03- 05', '2025-03-05'],
    ['2025.3.5', '2025-03-05'],
    ['发布时间：2024/12/31 10:00', '2024-12-31'],
    // Refused: a day that does not exist, and text without a date.
    ['2025年2月30日', undefined],
    ['二〇二五年', undefined],
  ])('reads the date forms found in reports and on web pages: %j → %s', (text, date) => {
    expect(parseChineseDate(text)).toBe(date);
  });
});

describe('splitLines', () => {
  it('splits on every line ending and drops a byte-order mark', () => {
    expect(splitLines('\uFEFF甲\r\n乙\r丙\n')).toEqual(['甲', '乙', '丙', '']);
  });
});
