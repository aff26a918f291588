import { describe, expect, it } from 'vitest';
import {
  detectDateLine, detectDocNo, detectKind, detectPublishLine, detectYear, isAddressee, isBoilerplate, isSignature, isTitle, issuerFromTitle,
} from './metadata.ts';

describe('metadata detection', () => {
  it('finds a 文号 and writes it with 六角括号', () => {
    expect(detectDocNo('示防办〔2025〕3号')).toBe('示防办〔2025〕3号');
    expect(detectDocNo('示防办函[2025]12号')).toBe('示防办函〔2025〕12号');
    expect(detectDocNo('示防办【2025】第7号')).toBe('示防办〔2025〕7号');
    expect(detectDocNo('示防办（2025）7号')).toBe('示防办〔2025〕7号');
    expect(detectDocNo('依据示防办〔2025〕3号文件的规定，现报告如下。')).toBeUndefined();
  });

  it('recognises a title line', () => {
    expect(isTitle('示例县人民防空办公室关于2025年度法治政府建设情况的报告')).toBe(true);
    expect(isTitle('示例县人民防空办公室2025年度行政执法统计年报')).toBe(true);
    expect(isTitle('示例县人民防空办公室2025年工作总结')).toBe(true);
    expect(isTitle('示例县人民防空办公室')).toBe(false);
    expect(isTitle('现将有关情况报告如下。')).toBe(false);
  });

  it('reads the 发布日期 a web page puts above the text', () => {
    expect(detectPublishLine('发布日期：2025- 03- 05访问次数：信息来源：示例县人民政府网站')).toBe('2025-03-05');
    expect(detectPublishLine('发布时间 2025年3月5日')).toBe('2025-03-05');
    expect(detectPublishLine('成文日期：2025-03-05')).toBeUndefined();
  });

  it('recognises page furniture', () => {
    expect(isBoilerplate('打印本页关闭窗口')).toBe(true);
    expect(isBoilerplate('【打印】')).toBe(true);
    expect(isBoilerplate('访问次数：120')).toBe(true);
    expect(isBoilerplate('对在建工程开展质量监督检查41项次。')).toBe(false);
  });

  it('recognises the addressee, the signature and the date line', () => {
    expect(isAddressee('县委依法治县办：')).toBe(true);
    expect(isAddressee('现将有关情况报告如下：')).toBe(true);
    expect(isAddressee('2025年，本办按照部署，现将有关情况报告如下：')).toBe(false);
    expect(isSignature('示例县人民防空办公室')).toBe(true);
    expect(isSignature('执法人员只有4人，日常巡查频次偏低。')).toBe(false);
    expect(detectDateLine('2026年1月20日')).toBe('2026-01-20');
    expect(detectDateLine('2026-1-20')).toBe('2026-01-20');
    expect(detectDateLine('2026年1月20日起施行')).toBeUndefined();
  });

  it('tells the kind of report from its title', () => {
    expect(detectKind('示例县人民防空办公室关于2025年度法治政府建设情况的报告')).toBe('法治政府建设年度报告');
    expect(detectKind('某省人防办关于2020年度法治建设工作情况总结的报告')).toBe('法治政府建设年度报告');
    expect(detectKind('示例县人民防空办公室2025年政府信息公开工作年度报告')).toBe('政府信息公开工作年度报告');
    expect(detectKind('示例县人民防空办公室2025年度行政执法统计年报')).toBe('行政执法统计年报');
    expect(detectKind('示例县人民防空办公室2025年工作总结')).toBeUndefined();
  });

  it('takes the year from the title, else from the opening paragraph', () => {
    expect(detectYear('关于2024年度法治政府建设工作和2025年工作打算的报告', undefined)).toBe(2024);
    expect(detectYear('法治政府建设情况报告', '2023年，本办围绕年度目标……')).toBe(2023);
    expect(detectYear('法治政府建设情况报告', '本年度，本办……')).toBeUndefined();
  });

  it('takes the office from a title of the form “X关于…的报告”', () => {
    expect(issuerFromTitle('示例县人民防空办公室关于2025年度法治政府建设情况的报告')).toBe('示例县人民防空办公室');
    // Without 关于, the office is what comes before the year.
    expect(issuerFromTitle('示例县人民防空办公室2025年度行政执法统计年报')).toBe('示例县人民防空办公室');
    expect(issuerFromTitle('政府信息公开工作年度报告')).toBeUndefined();
  });
});
