// The enforcement kinds added for 行政执法公示: each fixture entry passes (see check.test.ts), and
// each bad variant below fails with exactly the message staff will see.
import { describe, expect, it } from 'vitest';
import { problemsAfter, replace, type Edits } from '../../lib/content-check/test-tree.ts';



const D = 'content/enforcement/discretion/D-001.yaml';
const C = 'content/enforcement/penalties/C-001.yaml';

const cases: [name: string, edits: Edits, expected: string[]][] = [
  [
    'a recording item with an unknown 记录要求',
    { 'content/enforcement/recording-items/R-001.yaml': replace('extent: 音像记录', 'extent: 录像') },
    ['content/enforcement/recording-items/R-001.yaml:5 记录要求（extent） — 值“录像”不符合要求 (期望 以下之一：全程音像记录、音像记录)'],
  ],
  [
    'a legal-review item referring to a matter that does not exist',
    { 'content/enforcement/legal-review-items/V-001.yaml': replace('matters: [M-001]', 'matters: [M-404]') },
    ['content/enforcement/legal-review-items/V-001.yaml:5 对应执法事项[1]（matters[0]） — 引用的行政执法事项“M-404”不存在 (期望 content/enforcement/matters/ 中已有条目的编码)'],
  ],
  [
    'a flowchart of one step',
    { 'content/enforcement/flows/F-001.yaml': replace('  - name: 决定\n    description: 测试决定。\n', '') },
    ['content/enforcement/flows/F-001.yaml:5 流程环节（steps） — 至少两个环节'],
  ],
  [
    'a template whose file is missing',
    { 'content/enforcement/templates/files/t-001.pdf': null },
    ['content/enforcement/templates/T-001.yaml:9 样本文件[1].文件（files[0].file） — 附件“files/t-001.pdf”不存在 (期望 把文件放在 content/enforcement/templates/files/t-001.pdf)'],
  ],
  [
    'a guide of an unknown kind',
    { 'content/enforcement/guides/G-001.md': replace('kind: 行政执法服务指南', 'kind: 须知') },
    ['content/enforcement/guides/G-001.md:3 类别（kind） — 值“须知”不符合要求 (期望 以下之一：行政执法服务指南、执法文明用语)'],
  ],
  [
    'a lenient measure on a fourth list',
    { 'content/enforcement/lenient/B-001.yaml': replace('list: 免予处罚', 'list: 不予处罚') },
    ['content/enforcement/lenient/B-001.yaml:2 所属清单（list） — 值“不予处罚”不符合要求 (期望 以下之一：免予处罚、减轻处罚、从轻处罚)'],
  ],
  [
    'a discretion grade whose fine goes beyond the law',
    { [D]: replace('fine: { min: 6, max: 10 }', 'fine: { min: 6, max: 12 }') },
    [`${D}:18 裁量档次[2].罚款幅度（levels[1].fine） — 应在法定罚款幅度 0—10 万元之内`],
  ],
  [
    'a discretion fine range upside down',
    { [D]: replace('fine: { min: 6, max: 10 }', 'fine: { min: 8, max: 6 }') },
    [`${D}:18 裁量档次[2].罚款幅度.最高罚款（万元）（levels[1].fine.max） — 不能低于最低罚款 8 万元`],
  ],
  [
    'discretion grades from heavy to light',
    { [D]: (text) => text.replace('grade: 较轻', 'grade: TMP').replace('grade: 严重', 'grade: 较轻').replace('grade: TMP', 'grade: 严重') },
    [`${D}:15 裁量档次[2].违法程度（levels[1].grade） — 裁量档次应从轻到重排列，且不重复`],
  ],
  [
    'a withdrawal dated before the decision was revoked',
    { [C]: (text) => `${text}withdrawal:\n  kind: 撤销\n  decidedDate: 2025-06-10\n  date: 2025-06-09\n  reason: 复议决定撤销。\n` },
    [`${C}:25 撤回公示.撤回日期（withdrawal.date） — 不能早于变更、撤销或确认决定日期 2025-06-10`],
  ],
  [
    'a withdrawal without the date of the revoking decision',
    { [C]: (text) => `${text}withdrawal:\n  kind: 撤销\n  date: 2025-06-09\n  reason: 复议决定撤销。\n` },
    [`${C}:22 撤回公示.变更、撤销或确认决定日期（withdrawal.decidedDate） — 缺少必填字段 (期望 日期 YYYY-MM-DD)`],
  ],
  [
    'a revoked licence without its name and number',
    { [C]: replace('categories: [警告]', 'categories: [警告, 吊销许可证件]') },
    [`${C}:1 暂扣或吊销证照名称及编号（licence） — 处罚类别含吊销许可证件时必须填写证照名称及编号`],
  ],
  [
    'an 个体工商户 operator written as 张三某 (the representative of a legal person is public)',
    { [C]: replace('  kind: 法人\n  name: 测试公司\n  creditCode: 12990100MB2345678X', '  kind: 个体工商户\n  name: 测试商店\n  creditCode: 12990100MB2345678X\n  legalRepresentative: 张三某') },
    [`${C}:7 行政相对人.法定代表人（party.legalRepresentative） — 个体工商户的法定代表人（经营者）是自然人，姓名必须隐去名字，如“张某”或“张*”`],
  ],
];

describe.each(cases)('%s', (_name, edits, expected) => {
  it('fails with the exact message', async () => {
    expect(await problemsAfter(edits)).toEqual(expected);
  });
});
