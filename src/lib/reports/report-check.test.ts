// The reports schema inside the content check: each broken balance rule comes out as one line
// naming the file, the line of the row, the cell and the expected and found value.
import { describe, expect, it } from 'vitest';
import { problemsAfter } from '../content-check/test-tree.ts';

const cols = ['naturalPerson', 'commercial', 'research', 'publicInterest', 'legalService', 'other', 'total'];
const row = (...values: number[]) => `{ ${cols.map((key, i) => `${key}: ${values[i] ?? 0}`).join(', ')} }`;
const zero = row();

/** A 政府信息公开工作年度报告 whose tables balance: 3 new + 1 carried over = 3 settled + 1 carried forward. */
const report = `---
code: X-2025
kind: 政府信息公开工作年度报告
year: 2025
title: 测试市人民防空办公室2025年政府信息公开工作年度报告
issuer: 测试市人民防空办公室
writtenDate: 2026-01-10
indexNo: 11990100MB1234567F/2026-00001
publishDate: 2026-01-20
updateDate: 2026-01-20
disclosureTables:
  proactive:
    regulations: { issued: 0, repealed: 0, inForce: 0 }
    normativeDocuments: { issued: 1, repealed: 0, inForce: 2 }
    permits: 9
    penalties: 1
    compulsions: 0
    fees: 12.5
  requests:
    received: ${row(2, 1, 0, 0, 0, 0, 3)}
    carriedOver: ${row(1, 0, 0, 0, 0, 0, 1)}
    results:
      disclosed: ${row(2, 0, 0, 0, 0, 0, 2)}
      partlyDisclosed: ${zero}
      withheld:
        stateSecret: ${zero}
        prohibitedByLaw: ${zero}
        security: ${zero}
        thirdParty: ${row(0, 1, 0, 0, 0, 0, 1)}
        internalAffairs: ${zero}
        processInfo: ${zero}
        enforcementFile: ${zero}
        administrativeQuery: ${zero}
      unavailable:
        notHeld: ${zero}
        needsCreation: ${zero}
        stillUnclear: ${zero}
      notProcessed:
        complaint: ${zero}
        repeated: ${zero}
        publication: ${zero}
        excessive: ${zero}
        confirmation: ${zero}
      otherHandling:
        noCorrection: ${zero}
        unpaidFee: ${zero}
        other: ${zero}
      total: ${row(2, 1, 0, 0, 0, 0, 3)}
    carriedForward: ${row(1, 0, 0, 0, 0, 0, 1)}
  reviews:
    review: { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 }
    directLitigation: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 }
    litigationAfterReview: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 }
figures:
  proactiveItems: 40
summary: 本机关 2025 年主动公开、依申请公开和复议诉讼的情况。
---

## 一、总体情况

测试。
`;

const FILE = 'content/reports/X-2025.md';

const problemsWith = (text: string, file = FILE) => problemsAfter({ [file]: text });

const edit = (from: string, to: string) => {
  if (!report.includes(from)) throw new Error(`fixture edit did not apply: ${from}`);
  return report.replace(from, to);
};

describe('政府信息公开工作年度报告 tables in the content check', () => {
  it('passes balanced tables', async () => {
    expect(await problemsWith(report)).toEqual([]);
  });

  it('refuses a row whose 总计 is not the sum of the applicant columns', async () => {
    expect(await problemsWith(edit(`disclosed: ${row(2, 0, 0, 0, 0, 0, 2)}`, `disclosed: ${row(2, 0, 0, 0, 0, 0, 3)}`))).toEqual([
      `${FILE}:23 政府信息公开年报统计表.三、收到和处理政府信息公开申请情况.三、本年度办理结果.（一）予以公开.总计（disclosureTables.requests.results.disclosed.total） — “三、收到和处理政府信息公开申请情况”表，“（一）予以公开”行“总计”列：总计应等于自然人和法人或其他组织各列之和，期望 2，实际 3`,
      `${FILE}:48 政府信息公开年报统计表.三、收到和处理政府信息公开申请情况.三、本年度办理结果.（七）总计.总计（disclosureTables.requests.results.total.total） — “三、收到和处理政府信息公开申请情况”表，“（七）总计”行“总计”列：应等于（一）至（六）各项之和，期望 4，实际 3`,
    ]);
  });

  it('refuses a （七）总计 that is not the sum of （一） to （六）', async () => {
    const text = edit(`stillUnclear: ${zero}`, `stillUnclear: ${row(0, 0, 0, 0, 0, 1, 1)}`);
    expect(await problemsWith(text)).toEqual([
      `${FILE}:48 政府信息公开年报统计表.三、收到和处理政府信息公开申请情况.三、本年度办理结果.（七）总计.其他（disclosureTables.requests.results.total.other） — “三、收到和处理政府信息公开申请情况”表，“（七）总计”行“其他”列：应等于（一）至（六）各项之和，期望 1，实际 0`,
      `${FILE}:48 政府信息公开年报统计表.三、收到和处理政府信息公开申请情况.三、本年度办理结果.（七）总计.总计（disclosureTables.requests.results.total.total） — “三、收到和处理政府信息公开申请情况”表，“（七）总计”行“总计”列：应等于（一）至（六）各项之和，期望 4，实际 3`,
    ]);
  });

  it('refuses 一 + 二 ≠ 三（七） + 四', async () => {
    expect(await problemsWith(edit(`carriedForward: ${row(1, 0, 0, 0, 0, 0, 1)}`, `carriedForward: ${row(0, 0, 0, 0, 0, 0, 0)}`))).toEqual([
      `${FILE}:49 政府信息公开年报统计表.三、收到和处理政府信息公开申请情况.四、结转下年度继续办理.总计（disclosureTables.requests.carriedForward.total） — “三、收到和处理政府信息公开申请情况”表，“四、结转下年度继续办理”行“总计”列：第一项加第二项应等于第三项（七）加第四项（3 + 1 − 3），期望 1，实际 0`,
      `${FILE}:49 政府信息公开年报统计表.三、收到和处理政府信息公开申请情况.四、结转下年度继续办理.自然人（disclosureTables.requests.carriedForward.naturalPerson） — “三、收到和处理政府信息公开申请情况”表，“四、结转下年度继续办理”行“自然人”列：第一项加第二项应等于第三项（七）加第四项（2 + 1 − 2），期望 1，实际 0`,
    ]);
  });

  it('refuses a review or litigation 总计 that is not its four results', async () => {
    expect(await problemsWith(edit('litigationAfterReview: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 }', 'litigationAfterReview: { upheld: 0, corrected: 0, other: 0, pending: 1, total: 0 }'))).toEqual([
      `${FILE}:53 政府信息公开年报统计表.四、政府信息公开行政复议、行政诉讼情况.行政诉讼（复议后起诉）.总计（disclosureTables.reviews.litigationAfterReview.total） — “四、政府信息公开行政复议、行政诉讼情况”表，“行政诉讼（复议后起诉）”行“总计”列：总计应等于结果维持、结果纠正、其他结果、尚未审结之和，期望 1，实际 0`,
    ]);
  });

  it('refuses a negative or fractional count', async () => {
    expect(await problemsWith(edit('permits: 9', 'permits: -1'))).toEqual([
      `${FILE}:15 政府信息公开年报统计表.二、主动公开政府信息情况.行政许可（disclosureTables.proactive.permits） — 不能为负数`,
    ]);
  });

  it('requires the tables in an information-disclosure report, and only there', async () => {
    const withoutTables = report.replace(/disclosureTables:[\s\S]*?figures:/, 'figures:');
    expect(await problemsWith(withoutTables)).toEqual([
      `${FILE}:2 政府信息公开年报统计表（disclosureTables） — 政府信息公开工作年度报告必须按国家统一格式填写第二至四部分的统计表（disclosureTables）`,
    ]);
    expect(await problemsWith(edit('kind: 政府信息公开工作年度报告', 'kind: 法治政府建设年度报告'))).toEqual([
      `${FILE}:11 政府信息公开年报统计表（disclosureTables） — 只有政府信息公开工作年度报告填写此项，本报告为法治政府建设年度报告`,
    ]);
  });

  it('refuses a declared figure that contradicts the report’s own table', async () => {
    expect(await problemsWith(edit('  proactiveItems: 40', '  proactiveItems: 40\n  permitsDecided: 10'))).toEqual([
      `${FILE}:56 主要数据.行政许可决定（件）（figures.permitsDecided） — 与“二、主动公开政府信息情况”表的行政许可处理决定数量（9）不一致，实际填写 10`,
    ]);
  });

  it('refuses an unknown figure and a code the reports pages use', async () => {
    expect(await problemsWith(edit('  proactiveItems: 40', '  proactiveItems: 40\n  visitors: 10'))).toEqual([
      `${FILE}:56 主要数据.visitors（figures.visitors） — 未定义的字段“visitors” (期望 只使用本类内容定义的字段，请检查拼写)`,
    ]);
    const figures = report.replace('code: X-2025', 'code: figures');
    expect(await problemsWith(figures, 'content/reports/figures.md')).toEqual([
      'content/reports/figures.md:2 编码（code） — “figures”是年度报告栏目中已有页面的地址，请换一个编码',
    ]);
  });
});
