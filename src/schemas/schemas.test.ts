// Each kind's schema on the minimal fixture: the fixture's entry passes (see check.test.ts), and
// each bad variant below fails with exactly the message staff will see.
import { describe, expect, it } from 'vitest';
import { problemsAfter, replace } from '../lib/content-check/test-tree.ts';

const cases: [kind: string, file: string, from: string, to: string, expected: string][] = [
  ['site', 'content/site.yaml', 'creditCode: 11990100MB1234567F', 'creditCode: 11990100MB1234567A', 'content/site.yaml:2 统一社会信用代码（creditCode） — 值“11990100MB1234567A”不符合要求 (期望 18 位统一社会信用代码且校验位正确)'],
  ['site', 'content/site.yaml', 'siteUrl: https://test.example.gov.cn', 'siteUrl: test.example.gov.cn', 'content/site.yaml:25 网站地址（siteUrl） — 值“test.example.gov.cn”不符合要求 (期望 以 http:// 或 https:// 开头的网址)'],
  ['department', 'content/department.yaml', 'duties:\n  - 负责测试\n', 'duties: []\n', 'content/department.yaml:1 部门职责（duties） — 至少一项职责'],
  ['powers', 'content/powers/P-001.yaml', 'levels: [市级]', 'levels: [区级]', 'content/powers/P-001.yaml:10 行使层级[1]（levels[0]） — 值“区级”不符合要求 (期望 以下之一：国家级、省级、市级、县级、乡级)'],
  ['powers', 'content/powers/P-001.yaml', '    article: 第二十二条\n', '', 'content/powers/P-001.yaml:5 设定依据[1].条款（basis[0].article） — 缺少必填字段 (期望 文本)'],
  ['responsibilities', 'content/responsibilities/P-001.yaml', 'stage: 受理', 'stage: 收件', 'content/responsibilities/P-001.yaml:3 责任事项[1].环节（stages[0].stage） — 值“收件”不符合要求 (期望 以下之一：受理、审查、决定、送达、事后监管、立案、调查取证、审理、告知、执行、检查、处置、其他)'],
  ['services', 'content/services/S-001.md', 'promisedLimit:\n  days: 7', 'promisedLimit:\n  days: 30', 'content/services/S-001.md:28 承诺办结时限.承诺办结时限（工作日）（promisedLimit.days） — 承诺时限不能超过法定时限 20 个工作日'],
  ['services', 'content/services/S-001.md', 'visits: 1', 'visits: 0', 'content/services/S-001.md:2 网办地址（onlineUrl） — 到现场次数为 0（全程网办）时必须提供网办地址'],
  ['services', 'content/services/S-001.md', 'copies: 1', 'copies: 一份', 'content/services/S-001.md:17 申请材料[1].份数（materials[0].copies） — 值“一份”不符合要求 (期望 份数（数字）)'],
  ['services', 'content/services/S-001.md', '  charged: false', '  charged: true', 'content/services/S-001.md:29 收费（fee） — 收费事项必须写明收费标准和收费依据'],
  ['subjects', 'content/enforcement/subjects/11990100MB1234567F.yaml', 'nature: 行政机关', 'nature: 事业单位', 'content/enforcement/subjects/11990100MB1234567F.yaml:3 主体性质（nature） — 值“事业单位”不符合要求 (期望 以下之一：行政机关、法律法规授权的组织、受委托组织)'],
  ['officers', 'content/enforcement/officers/99000001.yaml', 'certNo: "99000001"', 'certNo: 99000001', 'content/enforcement/officers/99000001.yaml:1 执法证号（certNo） — 值“99000001”不符合要求 (期望 文本（数字编码请加引号）)'],
  ['officers', 'content/enforcement/officers/99000001.yaml', 'status: 有效', 'status: 正常', 'content/enforcement/officers/99000001.yaml:6 证件状态（status） — 值“正常”不符合要求 (期望 以下之一：有效、暂扣、注销、过期)'],
  ['enforcementMatters', 'content/enforcement/matters/M-001.yaml', 'type: 行政处罚', 'type: 处罚', 'content/enforcement/matters/M-001.yaml:2 职权类型（type） — 值“处罚”不符合要求 (期望 以下之一：行政许可、行政处罚、行政强制、行政征收、行政给付、行政检查、行政确认、行政奖励、行政裁决、其他行政权力、公共服务、行政备案)'],
  ['inspectionItems', 'content/enforcement/inspection-items/I-001.yaml', 'method: 现场检查\n', '', 'content/enforcement/inspection-items/I-001.yaml:1 检查方式（method） — 缺少必填字段 (期望 文本)'],
  ['inspectionPlans', 'content/enforcement/inspection-plans/2025.yaml', 'date: 2025-05-06', 'date: 2024-05-06', 'content/enforcement/inspection-plans/2025.yaml:14 抽查结果[1].检查日期（results[0].date） — 检查日期应在 2025 年内'],
  ['inspectionPlans', 'content/enforcement/inspection-plans/2025.yaml', 'outcome: 未发现问题', 'outcome: 发现问题已责令整改', 'content/enforcement/inspection-plans/2025.yaml:11 抽查结果[1].发现的问题（results[0].findings） — 发现问题时必须写明发现的问题'],
  ['penalties', 'content/enforcement/penalties/C-001.yaml', 'decisionNo: 测防罚决〔2025〕1号', 'decisionNo: 测防罚决[2025]1号', 'content/enforcement/penalties/C-001.yaml:2 决定书文号（decisionNo） — 值“测防罚决[2025]1号”不符合要求 (期望 决定书文号，年份用六角括号〔〕，如 示防罚决〔2025〕1号)'],
  ['penalties', 'content/enforcement/penalties/C-001.yaml', 'categories: [警告]', 'categories: [警告, 罚款]', 'content/enforcement/penalties/C-001.yaml:1 罚款金额（万元）（fineAmount） — 处罚类别含罚款时必须填写罚款金额'],
  ['penalties', 'content/enforcement/penalties/C-001.yaml', '  kind: 法人\n  name: 测试公司\n  creditCode: 12990100MB2345678X', '  kind: 自然人\n  name: 张三', 'content/enforcement/penalties/C-001.yaml:5 行政相对人.行政相对人名称（party.name） — 自然人姓名必须隐去名字，如“张某”或“张*”'],
  ['penalties', 'content/enforcement/penalties/C-001.yaml', 'disclosureUntil: 2025-12-01', 'disclosureUntil: 2025-02-01', 'content/enforcement/penalties/C-001.yaml:16 公示截止期（disclosureUntil） — 不能早于处罚决定日期 2025-03-01'],
  ['permits', 'content/enforcement/permits/L-001.yaml', 'validFrom: 2025-03-01', 'validFrom: 2025-03-01\nvalidTo: 2024-03-01', 'content/enforcement/permits/L-001.yaml:13 有效期至（validTo） — 不能早于有效期自 2025-03-01'],
  ['reports', 'content/reports/R-2024.md', 'kind: 法治政府建设年度报告', 'kind: 工作总结', 'content/reports/R-2024.md:3 报告类别（kind） — 值“工作总结”不符合要求 (期望 以下之一：法治政府建设年度报告、政府信息公开工作年度报告、行政执法统计年报)'],
  ['reports', 'content/reports/R-2024.md', 'writtenDate: 2025-02-20', 'writtenDate: 2025-03-20', 'content/reports/R-2024.md:7 成文日期（writtenDate） — 不能晚于发布日期 2025-03-01'],
];

describe.each(cases)('%s: %s %s → %s', (_kind, file, from, to, expected) => {
  it('fails with the exact message', async () => {
    expect(await problemsAfter({ [file]: replace(from, to) })).toEqual([expected]);
  });
});
