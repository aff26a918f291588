// Personal data where an outside tester hid it from the first version of the check: YAML and HTML
// comments, HTML attributes, an attachment's file name, an Excel attachment, and the kinds of
// personal data beyond numbers (passport numbers, plates, birth dates, chat ids, a natural person's
// 地址); and an office's own channels, which must still pass. The full table of variants is in
// src/lib/personal-data/adversarial.cases.ts.
import ExcelJS from 'exceljs';
import type { CorpusCase } from './case.ts';
import { replace } from '../test-tree.ts';

const C = 'content/enforcement/penalties/C-001.yaml';
const S = 'content/services/S-001.md';
const D = 'content/documents/D-001.md';
const TE = 'content/enforcement/templates/T-001.yaml';

const ID = '320102198503120012';
const facts = (text: string) => replace('facts: 测试违法事实。', `facts: ${text}`);
const serviceBody = (text: string) => replace('办理须知。', `办理须知。\n\n${text}`);
const personParty = replace('  kind: 法人\n  name: 测试公司\n  creditCode: 12990100MB2345678X', '  kind: 自然人\n  name: 王某');

const problem = (kind: string, masked: string, expected: string) => `含未隐去的${kind}“${masked}”，个人信息不得公开 (期望 ${expected})`;
const IDN = (masked: string) => problem('身份证号码', masked, '删除身份证号码；确需标识的，只保留前 1 位和后 1 位，如 1****************X');
const MOBILE = (masked: string) => problem('手机号码', masked, '删除手机号码，或只保留前 3 位和后 4 位，如 138****5678；公开的联系电话应为办公电话');

async function workbook(rows: (string | number)[][]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('当事人名单').addRows(rows);
  return new Uint8Array(await book.xlsx.writeBuffer());
}
const LIST = await workbook([['序号', '姓名', '身份证号码'], [1, '王某', ID]]);

export const cases: CorpusCase[] = [
  {
    name: 'ID number in a YAML comment above a penalty’s field, mobile in a comment after one',
    edits: { [C]: replace('facts: 测试违法事实。', `# 当事人身份证 ${ID}\nfacts: 测试违法事实。 # 手机 13812345678`) },
    refused: [`${C}:8 注释 — ${IDN('320*************12')}`, `${C}:9 注释 — ${MOBILE('138******78')}`],
  },
  {
    name: 'ID number and card number as unquoted YAML numbers, too long for a double',
    edits: { [C]: replace('content: 警告。', `content: 警告。\nconfiscatedAmount: ${ID}`) },
    refused: [
      `${C}:14 没收违法所得、没收非法财物的金额（万元）（confiscatedAmount） — ${IDN('320*************12')}`,
    ],
  },
  {
    name: 'ID number in a comment in a service guide’s front matter',
    edits: { [S]: replace('visits: 1', `visits: 1 # 经办人 ${ID}`) },
    refused: [`${S}:31 注释 — ${IDN('320*************12')}`],
  },
  {
    name: 'ID number in an HTML comment in a document’s body',
    edits: { [D]: replace('**第一条** 测试。', `**第一条** 测试。\n\n<!--\n起草人身份证 ${ID}\n-->`) },
    refused: [`${D}:21 正文 — ${IDN('320*************12')}`],
  },
  {
    name: 'mobile number in a tel: link’s href in a service guide’s body',
    edits: { [S]: serviceBody('<a href="tel:+86-138-1234-5678">联系经办人</a>') },
    refused: [`${S}:46 正文 — ${MOBILE('138******78')}`],
  },
  {
    name: 'ID number as an attachment’s file name',
    edits: { [TE]: replace('file: files/t-001.pdf', `file: files/${ID}.pdf`), 'content/enforcement/templates/files/t-001.pdf': null, [`content/enforcement/templates/files/${ID}.pdf`]: '%PDF-1.4\n' },
    refused: [`${TE}:9 样本文件[1].文件（files[0].file） — ${IDN('320*************12')}`],
  },
  {
    name: 'ID number in an attached Excel list',
    edits: { [TE]: replace('file: files/t-001.pdf', 'file: files/t-001.xlsx'), 'content/enforcement/templates/files/t-001.pdf': null, 'content/enforcement/templates/files/t-001.xlsx': LIST },
    refused: [`${TE}:9 样本文件[1].文件（files[0].file） — 附件“files/t-001.xlsx”工作表“当事人名单”${IDN('320*************12')}`],
  },
  {
    name: 'passport number in a service guide’s body',
    edits: { [S]: serviceBody('示例：申请人护照号码 E12345678。') },
    refused: [`${S}:46 正文 — ${problem('证件号码', 'E12****78', '删除护照、通行证等证件的号码')}`],
  },
  {
    name: 'birth date, plate and QQ number in a penalty’s 违法事实',
    edits: { [C]: facts('当事人王某，男，1985年3月12日出生，驾驶京A12345货车，QQ号 12345678。') },
    refused: [
      `${C}:8 违法事实（facts） — ${problem('出生日期', '198*****2日', '删除出生日期，或只写出生年份，如“1985年出生”')}`,
      `${C}:8 违法事实（facts） — ${problem('社交账号', '123***78', '删除个人的 QQ 号、微信号；公开的应为本机关的公众号或咨询群')}`,
      `${C}:8 违法事实（facts） — ${problem('车牌号码', '京A1**45', '删除车牌号码，或只保留省份简称和发牌机关代号，如“京A*****”')}`,
    ],
  },
  {
    name: 'a natural-person party’s 地址 and flat in the facts',
    edits: { [C]: (text) => personParty(facts('当事人王某，地址：示例市东区和平路12号3单元501室，擅自拆除密闭门。')(text)) },
    refused: [`${C}:7 违法事实（facts） — ${problem('自然人住址', '示例***', '删除自然人的住址（可写“住址：略”）')}`],
  },
  {
    name: 'an 个体工商户 registered under its 经营者’s full name, repeated in the facts',
    edits: { [C]: (text) => replace('  kind: 法人\n  name: 测试公司', '  kind: 个体工商户\n  name: 王建国（个体工商户）')(facts('经查，王建国在人防工程内经营。')(text)) },
    refused: [
      `${C}:5 行政相对人.行政相对人名称（party.name） — ${problem('自然人姓名', '王*', '自然人只公开姓氏，如“张某”或“张*”')}`,
      `${C}:8 违法事实（facts） — ${problem('自然人姓名', '王*', '自然人只公开姓氏，如“张某”或“张*”')}`,
    ],
  },
  {
    name: 'an 个体工商户 with a trade name',
    edits: { [C]: (text) => replace('  kind: 法人\n  name: 测试公司', '  kind: 个体工商户\n  name: 王记烧烤店')(facts('经查，王记烧烤店在人防工程内经营。')(text)) },
    acceptedBecause: 'an 个体工商户’s trade name is public under 双公示; it names no person',
  },
  {
    name: 'the office’s own channels, materials and a company’s address',
    edits: {
      [S]: serviceBody('申请材料：申请人身份证、护照（原件）。咨询QQ群：123456789；微信公众号：示例人防；邮箱 rfb@example.gov.cn；热线 12345、0999-12345678。'),
      [C]: facts('经查，当事人（地址：示例市东区和平路88号1203室）于2025年3月擅自拆除和平路12号防空地下室的密闭门。'),
    },
    acceptedBecause: 'an office publishes its QQ group, WeChat account, gov.cn mailbox and phones; 身份证 and 护照 name materials; a company’s address is public',
  },
];
