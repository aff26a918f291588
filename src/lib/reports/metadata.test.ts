import { describe, expect, it } from 'vitest';
import {
  detectDateLine, detectDocNo, detectKind, detectPublishLine, detectYear, isAddressee, isBoilerplate, isSignature, isTitle, issuerFromTitle,
} from './metadata.ts';

describe('metadata detection', () => {
  it.each([
    ['示防办〔2025〕3号', '示防办〔2025〕3号'],
    ['示防办函[2025]12号', '示防办函〔2025〕12号'],
    ['示防办【2025】第7号', '示防办〔2025〕7号'],
    ['示防办（2025）7号', '示防办〔2025〕7号'],
    ['依据示防办〔2025〕3号文件的规定，现报告如下。', undefined],
  ])('finds a 文号 and writes it with 六角括号: %j → %s', (line, docNo) => {
    expect(detectDocNo(line)).toBe(docNo);
  });

  it.each([
    ['示例县人民防空办公室关于2025年度法治政府建设情况的报告', true],
    ['示例县人民防空办公室2025年度行政执法统计年报', true],
    ['示例县人民防空办公室2025年工作总结', true],
    ['示例县人民防空办公室', false],
    ['现将有关情况报告如下。', false],
  ])('recognises a title line: %j is a title: %s', (line, title) => {
    expect(isTitle(line)).toBe(title);
  });

  it.each([
    ['发布日期：2025- 03- 05访问次数：信息来源：示例县人民政府网站', '2025-03-05'],
    ['发布时间 2025年3月5日', '2025-03-05'],
    ['成文日期：2025-03-05', undefined],
  ])('reads the 发布日期 a web page puts above the text: %j → %s', (line, date) => {
    expect(detectPublishLine(line)).toBe(date);
  });

  it.each([
    ['打印本页关闭窗口', true],
    ['【打印】', true],
    ['访问次数：120', true],
    ['对在建工程开展质量监督检查41项次。', false],
  ])('recognises page furniture: %j is furniture: %s', (line, furniture) => {
    expect(isBoilerplate(line)).toBe(furniture);
  });

  it.each([
    { line: '县委依法治县办：', addressee: true },
    { line: '现将有关情况报告如下：', addressee: true },
    { line: '2025年，本办按照部署，现将有关情况报告如下：', addressee: false },
  ])('recognises the addressee: $line', ({ line, addressee }) => {
    expect(isAddressee(line)).toBe(addressee);
  });

  it.each([
    { line: '示例县人民防空办公室', signature: true },
    { line: '执法人员只有4人，日常巡查频次偏低。', signature: false },
  ])('recognises the signature: $line', ({ line, signature }) => {
    expect(isSignature(line)).toBe(signature);
  });

  it.each([
    { line: '2026年1月20日', date: '2026-01-20' },
    { line: '2026-1-20', date: '2026-01-20' },
    { line: '2026年1月20日起施行', date: undefined },
  ])('recognises the date line: $line', ({ line, date }) => {
    expect(detectDateLine(line)).toBe(date);
  });

  it.each([
    ['示例县人民防空办公室关于2025年度法治政府建设情况的报告', '法治政府建设年度报告'],
    ['某省人防办关于2020年度法治建设工作情况总结的报告', '法治政府建设年度报告'],
    ['示例县人民防空办公室2025年政府信息公开工作年度报告', '政府信息公开工作年度报告'],
    ['示例县人民防空办公室2025年度行政执法统计年报', '行政执法统计年报'],
    ['示例县人民防空办公室2025年工作总结', undefined],
  ])('tells the kind of report from its title: %j → %s', (title, kind) => {
    expect(detectKind(title)).toBe(kind);
  });

  it.each([
    ['关于2024年度法治政府建设工作和2025年工作打算的报告', undefined, 2024],
    ['法治政府建设情况报告', '2023年，本办围绕年度目标……', 2023],
    ['法治政府建设情况报告', '本年度，本办……', undefined],
  ])('takes the year from the title, else from the opening paragraph: %j, %j → %s', (title, opening, year) => {
    expect(detectYear(title, opening)).toBe(year);
  });

  it.each([
    ['示例县人民防空办公室关于2025年度法治政府建设情况的报告', '示例县人民防空办公室'],
    // Without 关于, the office is what comes before the year.
    ['示例县人民防空办公室2025年度行政执法统计年报', '示例县人民防空办公室'],
    ['政府信息公开工作年度报告', undefined],
  ])('takes the office from a title of the form “X关于…的报告”: %j → %s', (title, office) => {
    expect(issuerFromTitle(title)).toBe(office);
  });
});
