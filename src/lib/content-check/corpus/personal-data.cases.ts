// Personal data written so that a plain search misses it (groups, dots, invisible characters,
// Markdown emphasis, HTML entities, full-width forms), names without a role word, and personal
// data inside an attached PDF: each is refused with the line the personal-data check prints.
import type { CorpusCase } from './case.ts';
import { replace } from '../test-tree.ts';
import { minimalPdf } from '../../../../tests/fixtures/personal-data/make-files.ts';

const C = 'content/enforcement/penalties/C-001.yaml';
const L = 'content/enforcement/permits/L-001.yaml';
const S = 'content/services/S-001.md';
const D = 'content/documents/D-001.md';
const O = 'content/enforcement/officers/99000001.yaml';
const T = 'content/enforcement/templates/files/t-001.pdf';
const TE = 'content/enforcement/templates/T-001.yaml';

const facts = (text: string) => replace('facts: 测试违法事实。', `facts: ${text}`);
const permitContent = (text: string) => replace('content: 准予测试。', `content: ${text}`);
const serviceBody = (text: string) => replace('办理须知。', `办理须知。\n\n${text}`);
const documentBody = (text: string) => replace('**第一条** 测试。', `**第一条** 测试。${text}`);

const ID = (masked: string) => `含未隐去的身份证号码“${masked}”，个人信息不得公开 (期望 删除身份证号码；确需标识的，只保留前 1 位和后 1 位，如 1****************X)`;
const MOBILE = (masked: string) => `含未隐去的手机号码“${masked}”，个人信息不得公开 (期望 删除手机号码，或只保留前 3 位和后 4 位，如 138****5678；公开的联系电话应为办公电话)`;
const CARD = (masked: string) => `含未隐去的银行卡号“${masked}”，个人信息不得公开 (期望 删除银行卡号，或只保留后 4 位，如 **** 1234)`;
const NAME = (masked: string) => `含未隐去的自然人姓名“${masked}”，个人信息不得公开 (期望 自然人只公开姓氏，如“张某”或“张*”)`;

export const cases: CorpusCase[] = [
  {
    name: 'ID number in groups of four in a penalty’s 违法事实',
    edits: { [C]: facts('经查，当事人雇员（身份证 3201 0219 8503 1200 12）擅自拆除密闭门。') },
    refused: [
      `${C}:8 违法事实（facts） — ${ID('320*************12')}`,
    ],
  },
  {
    name: 'ID number with zero-width characters inside in a permit’s 许可内容',
    edits: { [L]: permitContent('准予测试。经办人身份证 1101\u200b0519\u200c4912\u200d31002X。') },
    refused: [
      `${L}:5 许可内容（content） — 值“…。经办人身份证 1101⟨U+200B⟩0519⟨U+200C⟩4912⟨U+200D⟩31…”含有不可见字符 U+200B（零宽空格）、U+200C（零宽非连接符）、U+200D（零宽连接符） (期望 删除这些字符（常随网页、聊天软件或 Word 中复制的文字带入）)`,
      `${L}:5 许可内容（content） — ${ID('110*************2X')}`,
    ],
  },
  {
    name: 'ID number split by Markdown emphasis in a service guide’s body',
    edits: { [S]: serviceBody('示例身份证号 1101**0519**491231002X。') },
    refused: [
      `${S}:46 正文 — ${ID('110*************2X')}`,
    ],
  },
  {
    name: 'ID number written as HTML entities in a document’s body',
    edits: { [D]: documentBody('联系人身份证 &#49;&#49;&#48;&#49;&#48;&#53;&#49;&#57;&#52;&#57;&#49;&#50;&#51;&#49;&#48;&#48;&#50;&#88;。') },
    refused: [
      `${D}:18 正文 — ${ID('110*************2X')}`,
    ],
  },
  {
    name: 'ID number with soft hyphens (&shy;) in a penalty’s 违法事实',
    edits: { [C]: facts('当事人雇员身份证 110105&shy;19491231&shy;002X。') },
    refused: [
      `${C}:8 违法事实（facts） — ${ID('110*************2X')}`,
    ],
  },
  {
    name: 'ID number in full-width digits and dashes',
    edits: { [C]: facts('当事人雇员身份证１１０１０５－１９４９１２３１－００２Ｘ。') },
    refused: [
      `${C}:8 违法事实（facts） — ${ID('110*************2X')}`,
    ],
  },
  {
    name: 'ID number split by inline HTML tags',
    edits: { [S]: serviceBody('身份证 110105<span>1949</span><b>1231</b>002X') },
    refused: [
      `${S}:46 正文 — ${ID('110*************2X')}`,
    ],
  },
  {
    name: 'first-generation 15-digit ID number in groups',
    edits: { [C]: facts('当事人雇员旧身份证 130503 670401 001。') },
    refused: [
      `${C}:8 违法事实（facts） — ${ID('130**********01')}`,
    ],
  },
  {
    name: 'mobile number written with dots (138.1234.5678)',
    edits: { [C]: facts('经查，当事人联系电话 138.1234.5678。') },
    refused: [
      `${C}:8 违法事实（facts） — ${MOBILE('138******78')}`,
    ],
  },
  {
    name: 'mobile number with +86 and dashes in a permit',
    edits: { [L]: permitContent('准予测试。联系人手机 +86-138-1234-5678。') },
    refused: [
      `${L}:5 许可内容（content） — ${MOBILE('138******78')}`,
    ],
  },
  {
    name: 'mobile number with 0086 and spaces in an officer’s 执法区域',
    edits: { [O]: replace('area: 测试市', 'area: 测试市（值班手机 0086 139 8765 4321）') },
    refused: [
      `${O}:5 执法区域（area） — ${MOBILE('139******21')}`,
    ],
  },
  {
    name: 'mobile number with a space between every digit',
    edits: { [S]: serviceBody('咨询手机 1 3 8 1 2 3 4 5 6 7 8。') },
    refused: [
      `${S}:46 正文 — ${MOBILE('138******78')}`,
    ],
  },
  {
    name: 'mobile number with word joiners and emphasis',
    edits: { [D]: documentBody('联系手机 138\u2060*1234*\u20605678。') },
    refused: [
      `${D}:18 正文 — “… 测试。联系手机 138⟨U+2060⟩*1234*⟨U+2060⟩5678。”含有不可见字符 U+2060（零宽不换行符） (期望 删除这些字符（常随网页、聊天软件或 Word 中复制的文字带入）)`,
      `${D}:18 正文 — ${MOBILE('138******78')}`,
    ],
  },
  {
    name: 'bank card number written with dots in a penalty’s 处罚内容',
    edits: { [C]: replace('content: 警告。', 'content: 警告。罚款缴入 6217.0012.3456.7890.122。') },
    refused: [
      `${C}:13 处罚内容（content） — ${CARD('621**************22')}`,
    ],
  },
  {
    name: 'bank card number in groups of four with full-width spaces',
    edits: { [S]: serviceBody('收款卡号 6222\u30000212\u30003456\u30007890\u3000128。') },
    refused: [
      `${S}:46 正文 — ${CARD('622**************28')}`,
    ],
  },
  {
    name: 'full name without a role word (经查，王小明擅自…)',
    edits: { [C]: facts('经查，王小明擅自拆除人防工程密闭门。') },
    refused: [
      `${C}:8 违法事实（facts） — ${NAME('王*')}`,
    ],
  },
  {
    name: 'full name at the start of a sentence in a permit',
    edits: { [L]: permitContent('准予测试。张国强于2025年3月提交申请。') },
    refused: [
      `${L}:5 许可内容（content） — ${NAME('张*')}`,
    ],
  },
  {
    name: 'full name behind Markdown emphasis',
    edits: { [C]: facts('经查，**王小明**擅自拆除密闭门。') },
    refused: [
      `${C}:8 违法事实（facts） — ${NAME('王*')}`,
    ],
  },
  {
    name: 'full name with one character as an HTML entity',
    edits: { [C]: facts('经查，王&#x5c0f;明擅自拆除密闭门。') },
    refused: [
      `${C}:8 违法事实（facts） — ${NAME('王*')}`,
    ],
  },
  {
    name: 'a list of workers’ full names',
    edits: { [C]: facts('经查，施工人员赵大勇、孙鹏和李娜拆除了密闭门。') },
    refused: [
      `${C}:8 违法事实（facts） — ${NAME('孙*')}`,
      `${C}:8 违法事实（facts） — ${NAME('李*')}`,
      `${C}:8 违法事实（facts） — ${NAME('赵*')}`,
    ],
  },
  {
    name: 'natural-person party with a full name, repeated in the facts',
    edits: { [C]: (text) => replace('  kind: 法人\n  name: 测试公司\n  creditCode: 12990100MB2345678X', '  kind: 自然人\n  name: 张三丰')(facts('张三丰承租人防工程后拆除密闭门。')(text)) },
    refused: [
      `${C}:5 行政相对人.行政相对人名称（party.name） — 自然人姓名必须隐去名字，如“张某”或“张*”`,
      `${C}:7 违法事实（facts） — ${NAME('张*')}`,
    ],
  },
  {
    name: 'ID number and name on page 2 of an attached PDF',
    edits: { [T]: minimalPdf(['行政执法文书（空白）', '当事人王小明\n身份证 110105 1949 1231 002X']) },
    refused: [
      `${TE}:9 样本文件[1].文件（files[0].file） — 附件“files/t-001.pdf”第 2 页${NAME('王*')}`,
      `${TE}:9 样本文件[1].文件（files[0].file） — 附件“files/t-001.pdf”第 2 页${ID('110*************2X')}`,
    ],
  },
  {
    name: 'mobile number in a text file renamed .pdf',
    edits: { [T]: '%PDF-1.4\n联系人手机 13812345678\n' },
    refused: [
      `${TE}:9 样本文件[1].文件（files[0].file） — 附件“files/t-001.pdf”${MOBILE('138******78')}`,
    ],
  },
  {
    name: 'a legal person’s 法定代表人 in full, named in the facts',
    edits: {
      [C]: (text) =>
        replace('  creditCode: 12990100MB2345678X', '  creditCode: 12990100MB2345678X\n  legalRepresentative: 王国庆')(facts('经查，当事人法定代表人王国庆指使员工拆除密闭门。')(text)),
    },
    acceptedBecause: '双公示 publishes a legal person’s 法定代表人; no natural person is named',
  },
  {
    name: 'masked names, officials and places in the facts',
    edits: { [C]: facts('经查，王某某、李*擅自在王府井路人防工程内施工；执法人员赵测试到场检查。') },
    acceptedBecause: 'masked names show only the surname; 执法人员 are public by law; 王府井 is a place',
  },
];
