import { describe, expect, it } from 'vitest';
import { checkPersonalData, findPersonalData, isMaskedPersonName, mayHoldNumber, isResidentId15, isResidentId18, luhnValid, maskHit, residentIdCheckChar } from './personal-data.ts';
import { checkContent } from './content-check/index.ts';
import { kinds as siteKinds } from '../kinds/index.ts';
import { formatProblem } from './content-check/problem.ts';
import { checkAfter, problemsAfter, replace } from './content-check/test-tree.ts';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minimalDocx, minimalPdf } from '../../tests/fixtures/personal-data/make-files.ts';

const kinds = (text: string, options = {}) => findPersonalData(text, options).map((hit) => `${hit.kind}:${hit.text}`);

describe('the checksums', () => {
  it('computes the GB 11643 check character', () => {
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
    expect(residentIdCheckChar('44052418800101001')).toBe('4');
    expect(isResidentId18('11010519491231002X')).toBe(true);
    expect(isResidentId18('11010519491231002x')).toBe(true);
    expect(isResidentId18('110105194912310021')).toBe(false); // wrong check digit
    expect(isResidentId18('110105194913310027')).toBe(false); // no 13th month
    expect(isResidentId15('130503670401001')).toBe(true);
    expect(isResidentId15('130503671301001')).toBe(false);
  });
  it('runs the Luhn check', () => {
    expect(luhnValid('6222021234567890128')).toBe(true);
    expect(luhnValid('6222021234567890127')).toBe(false);
    expect(luhnValid('4111111111111111')).toBe(true);
  });
  it('knows a masked name', () => {
    expect(['张某', '张*', '欧阳某', '王某某', '李＊', '某某'].every(isMaskedPersonName)).toBe(true);
    expect(['张三', '欧阳娜娜', '张三某', 'Zhang'].some(isMaskedPersonName)).toBe(false);
  });
});

// Each line: text, then what must be found in it (empty: nothing).
const TRUE_CASES: [string, string[]][] = [
  ['当事人身份证号码11010519491231002X。', ['身份证号码:11010519491231002X']],
  ['公民身份号码 440524188001010014', ['身份证号码:440524188001010014']],
  ['身份证：110105 19491231 002X', ['身份证号码:110105 19491231 002X']],
  ['旧身份证号130503670401001', ['身份证号码:130503670401001']],
  ['全角：１１０１０５１９４９１２３１００２Ｘ', ['身份证号码:１１０１０５１９４９１２３１００２Ｘ']],
  ['联系电话13812345678', ['手机号码:13812345678']],
  ['手机 138 1234 5678；', ['手机号码:138 1234 5678']],
  ['手机 138-1234-5678', ['手机号码:138-1234-5678']],
  ['+86 13812345678', ['手机号码:+86 13812345678']],
  ['+8619912345678', ['手机号码:+8619912345678']],
  ['１３８１２３４５６７８', ['手机号码:１３８１２３４５６７８']],
  ['罚款缴入账户6222021234567890128', ['银行卡号:6222021234567890128']],
  ['卡号 6212 2612 0201 2345 675', ['银行卡号:6212 2612 0201 2345 675']],
  ['卡号4111111111111111。', ['银行卡号:4111111111111111']],
  // A number that is both a valid 统一社会信用代码 and an ID number is an ID number unless labelled.
  ['编号119901198001010928', ['身份证号码:119901198001010928']],
  ['电话13812345678，身份证11010519491231002X', ['手机号码:13812345678', '身份证号码:11010519491231002X']],
];

// Written so that the page shows the number while a plain search for digits misses it.
const OBFUSCATED_CASES: [string, string[]][] = [
  ['身份证 3201 0219 8503 1200 12', ['身份证号码:3201 0219 8503 1200 12']],
  ['身份证 3201-0219-8503-1200-12', ['身份证号码:3201-0219-8503-1200-12']],
  ['身份证 320102/19850312/0012', ['身份证号码:320102/19850312/0012']],
  ['身份证 1101\u200b0519\u200c4912\u200d31002X', ['身份证号码:1101\u200b0519\u200c4912\u200d31002X']],
  ['身份证 1101**0519**491231002X', ['身份证号码:1101**0519**491231002X']],
  ['身份证 &#49;&#49;0105194912310&#x30;2X', ['身份证号码:&#49;&#49;0105194912310&#x30;2X']],
  ['身份证 11010519491231&shy;002X', ['身份证号码:11010519491231&shy;002X']],
  ['身份证 110105<b>1949</b>1231002X', ['身份证号码:110105<b>1949</b>1231002X']],
  ['身份证１１０１０５－１９４９１２３１－００２Ｘ', ['身份证号码:１１０１０５－１９４９１２３１－００２Ｘ']],
  ['旧证 130503 670401 001', ['身份证号码:130503 670401 001']],
  ['手机 138.1234.5678', ['手机号码:138.1234.5678']],
  ['手机 0086 138 1234 5678', ['手机号码:0086 138 1234 5678']],
  ['手机 +86-138-1234-5678', ['手机号码:+86-138-1234-5678']],
  ['手机 1 3 8 1 2 3 4 5 6 7 8', ['手机号码:1 3 8 1 2 3 4 5 6 7 8']],
  ['手机 138 ‒ 1234 ‒ 5678', ['手机号码:138 ‒ 1234 ‒ 5678']],
  ['手机 `138`*1234*~~5678~~', ['手机号码:138`*1234*~~5678']],
  ['卡号 6217.0012.3456.7890.122', ['银行卡号:6217.0012.3456.7890.122']],
  ['电话 0999-12345678 13812345678', ['手机号码:13812345678']],
  ['ID11010519491231002X', ['身份证号码:11010519491231002X']],
];

const NAME_CASES: [string, string[]][] = [
  ['当事人张三于2025年5月擅自拆除密闭门。', ['自然人姓名:张三']],
  ['法定代表人：李四。', ['自然人姓名:李四']],
  ['经询问工作人员王小明、施工人员赵大勇，', ['自然人姓名:王小明', '自然人姓名:赵大勇']],
  ['委托代理人欧阳娜娜，', ['自然人姓名:欧阳娜娜']],
  ['当事人张三丰在现场', ['自然人姓名:张三丰']],
  ['当事人李四擅自拆除', ['自然人姓名:李四']],
];

const FALSE_CASES: string[] = [
  '办公电话 0999-12345678，传真 0999-12345601',
  '监督电话（0999）12348012，政务服务热线 12345',
  '示防罚决〔2025〕1号',
  '示防许〔2025〕12号',
  '索引号 11990100MB1234567F/2025-00700',
  '统一社会信用代码 91990100MA0N3A4R5M',
  '统一社会信用代码：129901000000000163', // all digits and Luhn-valid, but labelled
  '统一社会信用代码 119901198001010928', // all digits and ID-shaped, but labelled
  '实施编码 11990100MB1234567F4000114001000，基本编码 000140001000',
  '执法证号 99010021006',
  '2025-04-18 作出决定，2025年4月18日送达，20250418 归档',
  '公安备案号 99010002000001，网站标识码 9901000099',
  '防空地下室建筑面积 12,360 平方米，罚款 1.2 万元',
  '身份证号 110105********002X，手机 138****5678，卡号 6222 **** **** 0128',
  '110105194912310021', // an 18-digit number that is neither an ID nor a card
  '13812345678901', // 14 digits: not a mobile number
  'https://rfb.example.gov.cn/guide/',
];

const NAME_FALSE_CASES: string[] = [
  '当事人张某于2025年5月擅自拆除密闭门。',
  '法定代表人王某，委托代理人欧阳*',
  '当事人陈述、申辩的事实和理由',
  '当事人陈述和申辩',
  '当事人承租一处已建人民防空工程',
  '当事人于2025年10月起将工程用作仓库',
  '当事人未经批准，当事人向本机关提出',
  '执法人员周建华、陈晓峰出示执法证件',
];

describe('finding personal data in text', () => {
  it.each(TRUE_CASES)('finds it in %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
  it.each(OBFUSCATED_CASES)('finds it however written in %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
  it.each(NAME_CASES)('finds a full name in %s', (text, expected) => {
    expect(kinds(text, { names: true })).toEqual(expected);
  });
  it.each(FALSE_CASES)('finds nothing in %s', (text) => {
    expect(kinds(text, { names: true })).toEqual([]);
  });
  it.each(NAME_FALSE_CASES)('finds no unmasked name in %s', (text) => {
    expect(kinds(text, { names: true })).toEqual([]);
  });
  it('looks for names only where asked', () => {
    expect(kinds('当事人张三于2025年')).toEqual([]);
  });
  it('takes a valid credit code in its own field for what it is', () => {
    // All digits, Luhn-valid and a valid 统一社会信用代码.
    expect(kinds('919901000000000373')).toEqual(['银行卡号:919901000000000373']);
    expect(kinds('919901000000000373', { creditCode: true })).toEqual([]);
  });
  it('takes only numbers that start like a card for cards (dates joined by dashes are not)', () => {
    expect(kinds('2025-04-18—2025-05-18')).toEqual([]);
    expect(kinds('129901000000000163')).toEqual([]);
  });
  it('leaves mobile and card patterns inside an identifier field alone, but not ID numbers', () => {
    expect(kinds('13812345678', { identifier: true })).toEqual([]);
    expect(kinds('11010519491231002X', { identifier: true })).toEqual(['身份证号码:11010519491231002X']);
    // …unless the number is introduced as a phone or an account.
    expect(kinds('A-001，手机 139-1234-5678', { identifier: true })).toEqual(['手机号码:139-1234-5678']);
  });
  it('masks what it reports', () => {
    const [id, mobile, name] = findPersonalData('11010519491231002X 13812345678 当事人张三，', { names: true });
    expect([id, mobile, name].map((hit) => (hit ? maskHit(hit) : ''))).toEqual(['110*************2X', '138******78', '张*']);
  });
});

describe('the content check', () => {
  it('fails on personal data, naming file, line and field', async () => {
    expect(
      await problemsAfter({
        'content/enforcement/penalties/C-001.yaml': replace('facts: 测试违法事实。', 'facts: 经查，当事人法定代表人李四于2025年5月指使员工拆除密闭门。'),
        'content/enforcement/officers/99000001.yaml': replace('area: 测试市', 'area: 测试市（联系电话 13812345678）'),
        'content/services/S-001.md': replace('办理须知。', '办理须知。\n\n收款账户 6222021234567890128。'),
      }),
    ).toEqual([
      'content/enforcement/officers/99000001.yaml:5 执法区域（area） — 含未隐去的手机号码“138******78”，个人信息不得公开 (期望 删除手机号码，或只保留前 3 位和后 4 位，如 138****5678；公开的联系电话应为办公电话)',
      'content/enforcement/penalties/C-001.yaml:8 违法事实（facts） — 含未隐去的自然人姓名“李*”，个人信息不得公开 (期望 自然人只公开姓氏，如“张某”或“张*”)',
      'content/services/S-001.md:46 正文 — 含未隐去的银行卡号“622**************28”，个人信息不得公开 (期望 删除银行卡号，或只保留后 4 位，如 **** 1234)',
    ]);
  });

  it('reports an unquoted number in YAML too', async () => {
    expect(await problemsAfter({ 'content/enforcement/penalties/C-001.yaml': replace('content: 警告。', 'content: 警告。\nconfiscatedAmount: 13812345678') })).toEqual([
      'content/enforcement/penalties/C-001.yaml:14 没收违法所得、没收非法财物的金额（万元）（confiscatedAmount） — 含未隐去的手机号码“138******78”，个人信息不得公开 (期望 删除手机号码，或只保留前 3 位和后 4 位，如 138****5678；公开的联系电话应为办公电话)',
    ]);
  });

  it('does not report twice what the party schema already refuses', async () => {
    const problems = await problemsAfter({ 'content/enforcement/penalties/C-001.yaml': replace('  kind: 法人\n  name: 测试公司\n  creditCode: 12990100MB2345678X', '  kind: 自然人\n  name: 张三') });
    expect(problems).toEqual(['content/enforcement/penalties/C-001.yaml:5 行政相对人.行政相对人名称（party.name） — 自然人姓名必须隐去名字，如“张某”或“张*”']);
  });

  it('passes the sample content and the minimal fixture', async () => {
    expect(await checkPersonalData((await checkAfter({})).entries, siteKinds)).toEqual([]);
    const { entries } = await checkContent(process.cwd(), siteKinds);
    expect((await checkPersonalData(entries, siteKinds)).map(formatProblem)).toEqual([]);
  });
});

describe('the content check on decisions and attachments', () => {
  const C = 'content/enforcement/penalties/C-001.yaml';
  const legalPerson = (representative: string) => replace('  creditCode: 12990100MB2345678X', `  creditCode: 12990100MB2345678X\n  legalRepresentative: ${representative}`);

  it('publishes a legal person’s 法定代表人 in full, but not its staff', async () => {
    expect(
      await problemsAfter({
        [C]: (text) => legalPerson('王国庆')(text).replace('facts: 测试违法事实。', 'facts: 经查，当事人法定代表人王国庆于2025年5月指使员工李大力拆除密闭门。'),
      }),
    ).toEqual([`${C}:9 违法事实（facts） — 含未隐去的自然人姓名“李*”，个人信息不得公开 (期望 自然人只公开姓氏，如“张某”或“张*”)`]);
  });

  it('finds a name everywhere in the decision once it is found in one field', async () => {
    expect(
      await problemsAfter({
        [C]: (text) => text.replace('facts: 测试违法事实。', 'facts: 经查，王小明擅自拆除密闭门。').replace('content: 警告。', 'content: 王小明警告。'),
      }),
    ).toEqual([
      `${C}:8 违法事实（facts） — 含未隐去的自然人姓名“王*”，个人信息不得公开 (期望 自然人只公开姓氏，如“张某”或“张*”)`,
      `${C}:13 处罚内容（content） — 含未隐去的自然人姓名“王*”，个人信息不得公开 (期望 自然人只公开姓氏，如“张某”或“张*”)`,
    ]);
  });

  it('reads the text of an attached PDF, naming the attachment and page', async () => {
    expect(
      await problemsAfter({
        'content/enforcement/templates/files/t-001.pdf': minimalPdf(['行政处罚决定书（填写示例）', '当事人王小明，联系电话 138 1234 5678，\n身份证 110105 1949 1231 002X']),
      }),
    ).toEqual([
      'content/enforcement/templates/T-001.yaml:9 样本文件[1].文件（files[0].file） — 附件“files/t-001.pdf”第 2 页含未隐去的手机号码“138******78”，个人信息不得公开 (期望 删除手机号码，或只保留前 3 位和后 4 位，如 138****5678；公开的联系电话应为办公电话)',
      'content/enforcement/templates/T-001.yaml:9 样本文件[1].文件（files[0].file） — 附件“files/t-001.pdf”第 2 页含未隐去的自然人姓名“王*”，个人信息不得公开 (期望 自然人只公开姓氏，如“张某”或“张*”)',
      'content/enforcement/templates/T-001.yaml:9 样本文件[1].文件（files[0].file） — 附件“files/t-001.pdf”第 2 页含未隐去的身份证号码“110*************2X”，个人信息不得公开 (期望 删除身份证号码；确需标识的，只保留前 1 位和后 1 位，如 1****************X)',
    ]);
  });

  it('reads the text of an attached .docx', async () => {
    const lines = await problemsAfter({
      'content/documents/D-001.md': replace('topic: 人防工程建设', 'topic: 人防工程建设\noriginal:\n  title: 原件\n  file: files/d-001.docx'),
    }, async (root) => {
      await mkdir(join(root, 'content/documents/files'), { recursive: true });
      await writeFile(join(root, 'content/documents/files/d-001.docx'), await minimalDocx(['示例', '咨询手机：139.8765.4321']));
    });
    expect(lines.filter((line) => line.includes('个人信息'))).toEqual([
      'content/documents/D-001.md:18 原件.文件（original.file） — 附件“files/d-001.docx”含未隐去的手机号码“139******21”，个人信息不得公开 (期望 删除手机号码，或只保留前 3 位和后 4 位，如 138****5678；公开的联系电话应为办公电话)',
    ]);
  });
});

describe('mayHoldNumber (the scan skips values that cannot hold a number)', () => {
  it('answers no only for text that cannot normalise to eleven digits', () => {
    expect(mayHoldNumber('行政许可，依申请办理')).toBe(false);
    expect(mayHoldNumber('电话 1380013800')).toBe(false);
    expect(mayHoldNumber('电话 13800138000')).toBe(true);
    expect(mayHoldNumber('电话 １３８００１３８０００')).toBe(true);
    // Digits the text does not spell with 0-9: entities, circled and other scripts' digits.
    expect(mayHoldNumber('&#49;')).toBe(true);
    expect(mayHoldNumber('①')).toBe(true);
    expect(mayHoldNumber('١٣٨')).toBe(true);
  });

  it('never answers no for a text in which the scan finds a number', () => {
    // Pieces that make numbers in every way normalise() knows, mixed with ones that make none.
    const pieces = ['1', '3', '8', '0', '５', '１', '①', '¹', '&#49;', '&sup1;', '&', '＆', '٣', '*', '_', '<b>', '\u200b', '手机', '，', 'X', ' ', '-'];
    let seed = 15;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    let checked = 0;
    for (let run = 0; run < 20000; run++) {
      let text = '手机';
      const length = 8 + Math.floor(random() * 14);
      for (let i = 0; i < length; i++) text += random() < 0.6 ? String(Math.floor(random() * 10)) : pieces[Math.floor(random() * pieces.length)];
      if (mayHoldNumber(text)) continue;
      checked++;
      expect(findPersonalData(text), text).toEqual([]);
    }
    expect(checked).toBeGreaterThan(1000);
  });
});
