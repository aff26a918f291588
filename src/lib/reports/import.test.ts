import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blocksFromText, defaultCode, entryText, importReport, missingFields, nextIndexNo } from './import.ts';
import { splitLines } from './text.ts';

const fixture = (name: string) => blocksFromText(splitLines(readFileSync(new URL(`../../../tests/fixtures/reports/${name}`, import.meta.url), 'utf8')));

describe('importing a report written in the usual conventions', () => {
  const report = importReport(fixture('report-plain.txt'));

  it('detects title, 文号, office, date, kind and year', () => {
    expect(report.meta).toEqual({
      title: '示例县人民防空办公室关于2025年度法治政府建设情况的报告',
      docNo: '示防办〔2025〕3号',
      writtenDate: '2026-01-20',
      kind: '法治政府建设年度报告',
      year: 2025,
      issuer: '示例县人民防空办公室',
    });
    expect(missingFields(report.meta)).toEqual(['发布日期（publishDate）']);
  });

  it('turns the numbering into heading levels and keeps lists of sentences as text', () => {
    expect(report.body).toBe(`县委依法治县办：

2025年，示例县人民防空办公室按照县委、县政府的部署，把依法行政落实到人防工程审批、监督检查和执法办案各个环节，全年法治政府建设任务均已完成。现将有关情况报告如下：

## 一、主要举措和成效

### （一）审批服务

全年受理人防工程审批申请18件，全部在承诺时限内办结，其中防空地下室易地修建审批5件。

### （二）监督检查

按照年度计划对6家企业开展“双随机、一公开”抽查，2家责令整改，均已复查合格。

#### 1.维护管理检查

对已建人防工程开展维护管理检查24处。

#### 2.质量监督

对在建工程开展质量监督检查41项次，发现问题当场告知建设单位。

#### 3.结果公示

检查结果在检查完成后20个工作日内公示，公示期间未收到异议。

## 二、存在的不足

执法人员只有4人，日常巡查频次偏低。

## 三、下一年度工作安排

（一）增加持证执法人员2名。

（二）修订行政裁量权基准，细化常见违法行为的情节档次。

示例县人民防空办公室

2026年1月20日

（联系人：政策法规股，电话：0999-7654321）
`);
    expect(report.notes).toEqual(['识别出 8 个标题，其中 3 个原与正文同段，已拆为标题和段落']);
  });

  it('writes the entry with every undetected field left as a comment to fill in', () => {
    expect(entryText(report, { code: 'fzzf-2025' }).split('---\n\n')[0]).toBe(`---
code: fzzf-2025
kind: 法治政府建设年度报告
year: 2025
title: 示例县人民防空办公室关于2025年度法治政府建设情况的报告
docNo: 示防办〔2025〕3号
issuer: 示例县人民防空办公室
writtenDate: 2026-01-20
topic: 法治政府建设
keywords:
  - 法治政府建设
  - 年度报告
  - 2025年
summary: 2025年，示例县人民防空办公室按照县委、县政府的部署，把依法行政落实到人防工程审批、监督检查和执法办案各个环节，全年法治政府建设任务均已完成。
# indexNo: 填写索引号 机构代码/发布年份-五位流水号
# publishDate: 填写发布日期 YYYY-MM-DD
# updateDate: 与发布日期相同
`);
  });
});

describe('importing a report copied from a web page', () => {
  const report = importReport(fixture('report-web.txt'));

  it('takes the publishing date from the page and drops the page furniture', () => {
    expect(report.meta).toEqual({
      title: '示例县人民防空办公室关于2024年度法治政府建设工作的报告',
      publishDate: '2025-03-05',
      writtenDate: '2025-02-28',
      kind: '法治政府建设年度报告',
      year: 2024,
      issuer: '示例县人民防空办公室',
    });
    expect(report.notes).toEqual([
      '识别出 4 个标题，其中 2 个原与正文同段，已拆为标题和段落',
      '已删除网页附带的文字：“示例县国防动员办公室”、“示例县人民防空办公室”、“发布日期：2025- 03- 05访问次数：信息来源：示例县人民政府网站”、“打印本页关闭窗口”',
    ]);
  });

  it('cleans half-width punctuation and stray spaces', () => {
    expect(report.body).toBe(`2024年，示例县人民防空办公室围绕年度目标，推进人防领域依法行政，各项工作按计划完成。

## 一、2024年度主要工作

### （一）健全制度

修订《人防工程维护管理办法（试行）》，明确使用单位的维护责任。

### （二）规范执法

全年作出行政处罚决定1件，罚款2.5万元，决定书在7个工作日内公示。

## 二、下一步打算

继续做好人防行政执法“三项制度”落实工作。

示例县人民防空办公室

2025年2月28日
`);
  });

  it('fills the dates and the given 索引号 into the entry', () => {
    const text = entryText(report, { code: 'fzzf-2024', indexNo: '11990100MB1234567F/2025-00003' });
    expect(text).toContain('indexNo: 11990100MB1234567F/2025-00003\npublishDate: 2025-03-05\nupdateDate: 2025-03-05\n');
    expect(text.split('\n---\n')[0]).not.toContain('# ');
  });
});

describe('tables and text that Markdown would misread', () => {
  it('keeps a table, right-aligning columns of numbers', () => {
    const report = importReport([
      { type: 'paragraph', text: '一、执法决定情况' },
      { type: 'table', rows: [['类别', '件数'], ['行政许可', '9'], ['行政处罚 | 简易', '1']] },
    ]);
    expect(report.body).toBe('## 一、执法决定情况\n\n| 类别 | 件数 |\n| --- | ---: |\n| 行政许可 | 9 |\n| 行政处罚\\|简易 | 1 |\n');
  });

  it('escapes what would become a list, a heading or emphasis', () => {
    const report = importReport([
      { type: 'paragraph', text: '1. The first item is a whole sentence in English, long enough to be text.' },
      { type: 'paragraph', text: '# Not a heading' },
      { type: 'paragraph', text: '按*重点*监管' },
    ]);
    expect(report.body).toBe('1\\. The first item is a whole sentence in English, long enough to be text.\n\n\\# Not a heading\n\n按\\*重点\\*监管\n');
  });

  it('lists everything it could not detect in a text without the usual parts', () => {
    const report = importReport([{ type: 'paragraph', text: '本年度各项工作按计划完成。' }]);
    expect(report.meta).toEqual({});
    expect(missingFields(report.meta)).toEqual(['标题（title）', '文号（docNo）', '发布机构（issuer）', '成文日期（writtenDate）', '发布日期（publishDate）', '报告年度（year）', '报告类别（kind）']);
    expect(defaultCode(report.meta)).toBeUndefined();
  });

  it('marks the statistical tables of an information-disclosure report as still to be filled in', () => {
    const text = entryText(importReport([{ type: 'paragraph', text: '示例县人民防空办公室2025年政府信息公开工作年度报告' }]), { code: 'xxgk-2025' });
    expect(text).toContain('kind: 政府信息公开工作年度报告\nyear: 2025\n');
    expect(text).toContain('# disclosureTables: 第二至四部分的统计表按 disclosureTables 字段填写');
  });
});

describe('codes and 索引号', () => {
  it('names the entry by kind and year', () => {
    expect(defaultCode({ kind: '法治政府建设年度报告', year: 2025 })).toBe('fzzf-2025');
    expect(defaultCode({ kind: '政府信息公开工作年度报告', year: 2024 })).toBe('xxgk-2024');
    expect(defaultCode({ kind: '行政执法统计年报', year: 2025 })).toBe('zftj-2025');
  });

  it('gives the next serial of the publishing year under the office code', () => {
    const existing = ['11990100MB1234567F/2026-00281', '11990100MB1234567F/2026-00009', '11990100MB1234567F/2025-00400', '99999999MB0000000X/2026-00900'];
    expect(nextIndexNo(existing, '11990100MB1234567F', 2026)).toBe('11990100MB1234567F/2026-00282');
    expect(nextIndexNo(existing, '11990100MB1234567F', 2027)).toBe('11990100MB1234567F/2027-00001');
  });
});
