// An outside tester's table: personal data written the easy ways people write it (and hide it), and
// the look-alikes an office's pages are full of. Each row is one text as staff might type it, where
// it is typed (a decision, whose parties may be natural persons, or any other page), and what the
// check must find in it, as kinds in order of appearance (none: it must pass).
//
// The numbers are made up but shaped like real ones: ID numbers carry a real date of birth and their
// GB 11643 check character, card numbers pass the Luhn check, mobile numbers start 13–19.
import { residentIdCheckChar, luhnValid } from '../personal-data.ts';
import type { PersonalDataKind } from '../personal-data.ts';

/** An 18-character ID number: the 17 digits given, then their check character. */
export const idNumber = (first17: string): string => first17 + residentIdCheckChar(first17);
/** A card number: the digits given, then the digit that makes the Luhn check pass. */
export function cardNumber(prefix: string): string {
  for (let digit = 0; digit < 10; digit++) if (luhnValid(`${prefix}${digit}`)) return `${prefix}${digit}`;
  throw new Error(`no Luhn digit for ${prefix}`);
}

const ID = idNumber('32010219850312001'); // ends in 2
const IDX = '11010519491231002X';
const ID2 = idNumber('44030119900715234');
const ID15 = '130503670401001';
const CARD = cardNumber('622848001234567890'); // 19 digits
const CARD16 = cardNumber('436742123456789');
const spaced = (text: string, every: number[], sep: string) => {
  const parts: string[] = [];
  let at = 0;
  for (const length of every) parts.push(text.slice(at, (at += length)));
  if (at < text.length) parts.push(text.slice(at));
  return parts.join(sep);
};
const fullWidth = (text: string) => text.replace(/[0-9A-Za-z]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));
const numerals = (text: string) => text.replace(/\d/g, (digit) => '〇一二三四五六七八九'[Number(digit)] as string);

/**
 * Where the text is typed: a decision (names and homes are looked for), a decision whose party is a
 * natural person (its 地址 and any flat are its home too), or any other page.
 */
export type Place = 'decision' | 'person-decision' | 'page';

export interface AdversarialRow {
  /** What the row tries, in a few words. */
  name: string;
  place: Place;
  text: string;
  /** The kinds the check must find, in order; empty: the text must pass. */
  finds: PersonalDataKind[];
}

const row = (name: string, place: Place, text: string, ...finds: PersonalDataKind[]): AdversarialRow => ({ name, place, text, finds });

const 身份证 = '身份证号码' as const;
const 手机 = '手机号码' as const;
const 卡 = '银行卡号' as const;
const 姓名 = '自然人姓名' as const;
const 住址 = '自然人住址' as const;
const 证件 = '证件号码' as const;
const 车牌 = '车牌号码' as const;
const 生日 = '出生日期' as const;
const 邮箱 = '电子邮箱' as const;
const 账号 = '社交账号' as const;

export const REFUSED: AdversarialRow[] = [
  // ---- 18-digit ID numbers ----
  row('ID plain with label', 'page', `申请人身份证号：${ID}`, 身份证),
  row('ID ending in X', 'page', `身份证号码${IDX}`, 身份证),
  row('ID ending in lower-case x', 'page', `身份证号码${IDX.toLowerCase()}`, 身份证),
  row('ID without label mid-sentence', 'page', `请${ID2}于本周来取件`, 身份证),
  row('ID full-width digits', 'page', `公民身份号码${fullWidth(ID)}`, 身份证),
  row('ID full-width with full-width X', 'page', `身份证${fullWidth(IDX)}`, 身份证),
  row('ID 6-8-4 with spaces', 'page', `身份证 ${spaced(ID, [6, 8], ' ')}`, 身份证),
  row('ID 6-8-4 with dashes', 'page', `身份证 ${spaced(IDX, [6, 8], '-')}`, 身份证),
  row('ID groups of 4 with dots', 'page', `身份证 ${spaced(ID2, [4, 4, 4, 4], '.')}`, 身份证),
  row('ID with full-width spaces', 'page', `身份证 ${spaced(ID, [6, 8], '\u3000')}`, 身份证),
  row('ID with zero-width spaces everywhere', 'page', `身份证${[...ID].join('\u200b')}`, 身份证),
  row('ID with BOM inside', 'page', `身份证${spaced(ID, [9], '\ufeff')}`, 身份证),
  row('ID with word joiner', 'page', `身份证${spaced(IDX, [10], '\u2060')}`, 身份证),
  row('ID split across a Markdown line break', 'page', `身份证号码为${spaced(ID, [10], '\n')}。`, 身份证),
  row('ID split with Markdown hard break', 'page', `身份证号码为${spaced(ID, [10], '  \n')}。`, 身份证),
  row('ID in a Markdown table cell', 'page', `| 姓名 | 证件 |\n| --- | --- |\n| 张某 | ${ID} |`, 身份证),
  row('ID in link text', 'page', `[${ID}](https://example.com/a)`, 身份证),
  row('ID in a link URL query', 'page', `[查询](https://example.com/q?sfz=${ID})`, 身份证),
  row('ID in a link URL path', 'page', `[查询](https://example.com/people/${IDX}/)`, 身份证),
  row('ID in an HTML comment', 'page', `办理须知。<!-- 申请人 ${ID} -->`, 身份证),
  row('ID in an HTML attribute', 'page', `<span title="${ID}">申请人</span>`, 身份证),
  row('ID in an image alt text', 'page', `![${ID}](files/a.png)`, 身份证),
  row('ID in an attachment file name', 'page', `files/${ID}.pdf`, 身份证),
  row('ID in an attachment file name with words', 'page', `files/身份证${IDX}复印件.pdf`, 身份证),
  row('ID in Chinese numerals', 'page', `身份证${numerals(ID)}`, 身份证),
  row('ID in Chinese numerals, X last', 'page', `身份证${numerals(IDX.slice(0, 17))}X`, 身份证),
  row('ID with Chinese numerals and spaces', 'page', `身份证 ${spaced(numerals(ID), [6, 8], ' ')}`, 身份证),
  row('ID with 〇 and digits mixed', 'page', `身份证${ID.slice(0, 9).replace(/0/g, '〇')}${ID.slice(9)}`, 身份证),
  row('ID in bold', 'page', `身份证**${ID}**`, 身份证),
  row('ID in inline code', 'page', `身份证 \`${ID}\``, 身份证),
  row('ID as HTML entities', 'page', `身份证${[...ID].map((c) => `&#${c.charCodeAt(0)};`).join('')}`, 身份证),
  row('ID with multiplication sign as X', 'page', `身份证${IDX.slice(0, 17)}×`, 身份证),
  row('ID with Cyrillic Х as X', 'page', `身份证${IDX.slice(0, 17)}Х`, 身份证),
  row('ID with a space before X', 'page', `身份证${IDX.slice(0, 17)} X`, 身份证),
  row('ID in brackets after name', 'decision', `当事人张某（${ID}）擅自拆除`, 身份证),
  row('ID after 证件号码 in a decision', 'decision', `当事人李某，证件号码：${ID2}`, 身份证),
  row('two IDs in a list', 'page', `${ID}、${ID2}`, 身份证, 身份证),
  row('ID with slash groups', 'page', `身份证${spaced(ID, [6, 8], '/')}`, 身份证),
  row('ID with underscores', 'page', `身份证${spaced(ID, [6, 8], '_')}`, 身份证),
  row('ID with middle dots', 'page', `身份证${spaced(ID, [6, 8], '·')}`, 身份证),
  row('15-digit old ID', 'page', `旧身份证${ID15}`, 身份证),
  row('15-digit old ID spaced', 'page', `旧身份证 ${spaced(ID15, [6, 6], ' ')}`, 身份证),
  row('15-digit old ID full-width', 'page', `身份证${fullWidth(ID15)}`, 身份证),

  // ---- mobile numbers ----
  row('mobile plain', 'page', '联系人手机13812345678', 手机),
  row('mobile +86', 'page', '手机：+8613912345678', 手机),
  row('mobile +86 spaced', 'page', '手机：+86 139 1234 5678', 手机),
  row('mobile 0086', 'page', '电话0086-15012345678', 手机),
  row('mobile (+86)', 'page', '电话（+86）18612345678', 手机),
  row('mobile 3-4-4 spaces', 'page', '请拨 138 1234 5678 联系', 手机),
  row('mobile 3-4-4 dashes', 'page', '请拨138-1234-5678联系', 手机),
  row('mobile 3-8', 'page', '电话 138-12345678', 手机),
  row('mobile full-width', 'page', '手机１３８１２３４５６７８', 手机),
  row('mobile full-width dashes', 'page', '手机１３８－１２３４－５６７８', 手机),
  row('mobile 〇 for zero', 'page', '手机138〇〇123456', 手机),
  row('mobile in Chinese numerals', 'page', '手机一三八〇〇一二三四五六', 手机),
  row('mobile in financial numerals', 'page', '手机壹叁捌零零壹贰叁肆伍陆', 手机),
  row('mobile with zero-width chars', 'page', '手机138\u200b1234\u200b5678', 手机),
  row('mobile split across a line', 'page', '手机138\n12345678', 手机),
  row('mobile in a table cell', 'page', '| 联系人 | 电话 |\n|---|---|\n| 王某 | 13812345678 |', 手机),
  row('mobile in a tel: link', 'page', '[拨打](tel:13812345678)', 手机),
  row('mobile in an HTML comment', 'page', '<!-- 13812345678 -->办理须知', 手机),
  row('mobile in an HTML attribute', 'page', '<a href="tel:+86-138-1234-5678">拨打</a>', 手机),
  row('mobile as e-mail local part', 'page', '邮箱13812345678@163.com', 手机),
  row('mobile in a decision after name', 'decision', '当事人张某（手机17712345678）', 手机),
  row('mobile 199 range', 'page', '手机19912345678', 手机),
  row('mobile 166 range', 'page', '手机 166 1234 5678', 手机),
  row('mobile with parentheses around first group', 'page', '手机（138）12345678', 手机),
  row('mobile in bold pieces', 'page', '手机**138**1234**5678**', 手机),
  row('mobile in a YAML-style list item', 'page', '- 13812345678', 手机),
  row('mobile with letter O for zero', 'page', '手机138OO123456', 手机),
  row('mobile with letter o for zero', 'page', '手机1380o123456', 手机),
  row('mobile with spaces and dashes mixed', 'page', '手机 138 - 1234 - 5678', 手机),
  row('mobile with dots', 'page', '手机138.1234.5678', 手机),
  row('mobile after 微信同号', 'page', '手机（微信同号）：13512345678', 手机),
  row('mobile in attachment name', 'page', 'files/联系人13812345678.pdf', 手机),

  // ---- bank cards ----
  row('card 19 digits', 'page', `银行卡号${CARD}`, 卡),
  row('card 16 digits', 'page', `卡号${CARD16}`, 卡),
  row('card in groups of 4', 'page', `卡号 ${spaced(CARD, [4, 4, 4, 4], ' ')}`, 卡),
  row('card with dashes', 'page', `卡号 ${spaced(CARD, [4, 4, 4, 4], '-')}`, 卡),
  row('card full-width', 'page', `卡号${fullWidth(CARD)}`, 卡),
  row('card in Chinese numerals', 'page', `卡号${numerals(CARD)}`, 卡),
  row('card labelled but failing Luhn', 'page', '退款银行卡号：6222 0000 1111 2222 333', 卡),
  row('card labelled 16 digits failing Luhn', 'page', '个人银行卡 6217 0000 1111 2222', 卡),
  row('card in a decision', 'decision', `当事人王某将罚款以外的款项转入其个人银行卡${CARD}`, 卡),
  row('card split over two lines', 'page', `卡号${spaced(CARD, [8], '\n')}`, 卡),

  // ---- passports and other documents ----
  row('passport number', 'page', '护照号码：E12345678', 证件),
  row('passport number lower-case letter', 'page', '护照号 e12345678', 证件),
  row('passport, old G series', 'page', '护照 G12345678', 证件),
  row('港澳通行证', 'page', '港澳通行证：C12345678', 证件),
  row('往来港澳通行证 with spaces', 'page', '往来港澳通行证号码 C 1234 5678', 证件),
  row('台湾居民来往大陆通行证', 'page', '台胞证号码 12345678', 证件),
  row('回乡证', 'page', '回乡证 H12345678', 证件),
  row('passport full-width', 'decision', '当事人王某，护照号码Ｅ１２３４５６７８', 证件),
  row('驾驶证号 is an ID number', 'page', `驾驶证号${ID2}`, 身份证),

  // ---- names of natural persons in decisions ----
  row('name after 当事人', 'decision', '当事人王建国于2025年6月擅自拆除人防工程', 姓名),
  row('name after 当事人：', 'decision', '当事人：刘德华，男，', 姓名),
  row('name at sentence start', 'decision', '经查，陈小红擅自改变人防工程用途', 姓名),
  row('two-character name 张三', 'decision', '张三未经批准拆除防护门', 姓名),
  row('name with spaces between characters', 'decision', '当事人：张  三，男', 姓名),
  row('name with full-width space', 'decision', '当事人王\u3000强擅自拆除', 姓名),
  row('name with zero-width space', 'decision', '当事人王\u200b建国擅自拆除', 姓名),
  row('name in bold', 'decision', '经查，**李秀英**擅自占用', 姓名),
  row('name followed by 身份证', 'decision', `当事人孙立平身份证号${ID}`, 姓名, 身份证),
  row('name of a worker', 'decision', '现场施工人员周杰伦承认', 姓名),
  row('name in a list with masked ones', 'decision', '经查，张某、李某和王大力共同拆除', 姓名),
  row('compound surname', 'decision', '当事人欧阳明辉擅自', 姓名),
  row('name after 个人', 'decision', '个人：马冬梅，罚款五千元', 姓名),
  row('name after 自然人', 'decision', '自然人黄志强未按规定', 姓名),
  row('name as 经营者 of a 个体工商户', 'decision', '经营者郑美玲擅自', 姓名),
  row('name with HTML entity', 'decision', '当事人&#x738b;建国擅自', 姓名),
  row('name after （自然人）', 'decision', '当事人（自然人）吴海涛，于2025年', 姓名),

  // ---- homes ----
  row('home address 住址', 'decision', '当事人王某，男，住址：示例市东城区和平路12号3单元501室', 住址),
  row('home address ，住', 'decision', '当事人王某，男，住示例市东城区和平路12号501室', 住址),
  row('home address 住在', 'decision', '当事人李某住在示例市西区幸福里8栋2单元301室', 住址),
  row('home address 家庭地址', 'decision', '家庭地址：示例县城关镇新华街18号', 住址),
  row('home address 现居住', 'decision', '当事人赵某现居住于示例市南区建设路99号1201室', 住址),
  row('home address 暂住', 'decision', '当事人孙某，暂住示例市北区工业路3号', 住址),
  row('home address with full-width colon and spaces', 'decision', '住址 ： 示例市东区和平路12号', 住址),
  row('home address 户籍地址', 'decision', '户籍地址：示例省示例县城关乡十里村5组', 住址),

  // ---- plates ----
  row('plate', 'decision', '当事人驾驶车牌号为京A12345的货车', 车牌),
  row('plate with dot', 'decision', '车辆（粤B·D12345）停放于人防工程内', 车牌),
  row('plate new energy', 'page', '车牌号：沪AD12345', 车牌),
  row('plate with space', 'decision', '车牌 苏E 8K123', 车牌),

  // ---- birth dates next to persons ----
  row('birth date after name and sex', 'decision', '当事人王某，男，1985年3月12日出生，', 生日),
  row('birth date labelled', 'decision', '当事人李某，出生日期：1990-07-15，', 生日),
  row('birth date 生于', 'decision', '当事人赵某，女，生于1978年12月3日', 生日),
  row('birth date in Chinese numerals', 'decision', '当事人孙某，一九八五年三月十二日出生', 生日),
  row('birth date with dots', 'decision', '当事人周某（1990.7.15出生）', 生日),

  // ---- e-mail and chat ids ----
  row('personal e-mail in a decision', 'decision', '当事人王某的邮箱wangjianguo1985@163.com', 邮箱),
  row('QQ mail in a decision', 'decision', '当事人提供的邮箱为 123456789@qq.com', 邮箱),
  row('personal e-mail labelled 个人邮箱', 'page', '联系人个人邮箱：zhangsan@gmail.com', 邮箱),
  row('QQ number', 'decision', '当事人QQ号：12345678', 账号),
  row('QQ number full-width', 'decision', '当事人ＱＱ：１２３４５６７８９', 账号),
  row('微信号', 'decision', '当事人微信号：wxid_abc123def', 账号),
  row('微信 with colon', 'decision', '当事人王某（微信：zhang_xm1985）', 账号),
  row('personal QQ on a page', 'page', '联系人张某个人QQ：87654321', 账号),
  row('personal 微信 on a page', 'page', '经办人私人微信号：lisi2024', 账号),

  // ---- a second round, written after the first was fixed ----
  row('ID with tabs between groups', 'page', `身份证\t${spaced(ID, [6, 8], '\t')}`, 身份证),
  row('ID spaced out digit by digit', 'page', `身份证 ${[...ID2].join(' ')}`, 身份证),
  row('ID aligned with four spaces in a table', 'page', `身份证    ${spaced(ID, [6, 8], '    ')}`, 身份证),
  row('ID with NBSPs', 'page', `身份证${spaced(IDX, [6, 8], '\u00a0')}`, 身份证),
  row('ID preceded by letters', 'page', `sfz${ID}`, 身份证),
  row('mobile with full-width plus', 'page', '电话＋８６　１３８　１２３４　５６７８', 手机),
  row('mobile with stars as separators', 'page', '手机138*1234*5678', 手机),
  row('mobile with en dashes', 'page', '手机138–1234–5678', 手机),
  row('mobile with 幺 and 洞', 'page', '手机幺三八洞洞幺二三四五六', 手机),
  row('card labelled 工资卡', 'page', `工资卡 ${spaced(CARD16, [4, 4, 4], ' ')}`, 卡),
  row('passport with two letters', 'page', '护照：EA1234567', 证件),
  row('passport after 为', 'decision', '当事人持护照，护照号码为 G 1234 5678', 证件),
  row('name after 被处罚人', 'decision', '被处罚人：李建军', 姓名),
  row('name after 相对人', 'decision', '相对人王五于2025年3月拆除', 姓名),
  row('name after role with a space', 'decision', '当事人 赵丽颖，女', 姓名),
  row('name in a three-name list', 'decision', '经查，张伟、王芳、李娜三人', 姓名, 姓名, 姓名),
  row('home 住： at the start', 'decision', '住：示例市东区和平路12号3单元501室', 住址),
  row('home 家住在', 'decision', '当事人家住在示例县城关镇新村8组', 住址),
  row('home with asterisks Markdown reads as bold', 'decision', '住址：示例市西区**和平路**7号', 住址),
  row('plate lower-case letter', 'decision', '当事人驾驶京a12345车辆', 车牌),
  row('plate with space after province', 'decision', '车牌号 粤 B12345', 车牌),
  row('birth date 生 after the date', 'decision', '当事人王某，男，1985年03月12日生，汉族', 生日),
  row('birth date 出生年月', 'decision', '当事人李某，出生年月：1985.03.12', 生日),
  row('e-mail with full-width at', 'decision', '当事人邮箱 wangxm＠163.com', 邮箱),
  row('e-mail on a company domain in a decision', 'decision', '当事人联系邮箱 zhangsan@shili-jianshe.com', 邮箱),
  row('微信 written V信', 'decision', '当事人V信：wang_xm_88', 账号),
  row('QQ number after 扣扣', 'decision', '当事人扣扣 12345678', 账号),
  row('a natural person’s 地址', 'person-decision', '当事人王某，地址：示例市东区和平路12号', 住址),
  row('a natural person’s 住所', 'person-decision', '当事人王某，住所：示例县城关镇新华街18号', 住址),
  row('a natural person’s flat without a word before it', 'person-decision', '当事人王某（示例市和平路12号3单元501室）擅自', 住址),
  row('a natural person’s flat in a 小区', 'person-decision', '在其位于幸福小区8栋1201室的住处', 住址),
  // ---- a third round, run before any rule was changed for it (one slipped: 杨过, a rare given name) ----
  row('round 3: 身份证（320102）19850312 0012', 'page', '身份证（320102）19850312 0012', 身份证),
  row('round 3: 手机 138 — 1234 — 5678', 'page', '手机 138 — 1234 — 5678', 手机),
  row('round 3: 手机一三八零零一二三四五六', 'page', '手机一三八零零一二三四五六', 手机),
  row('round 3: 身份证３２０１０２．１９８５０３１２．００１２', 'page', '身份证３２０１０２．１９８５０３１２．００１２', 身份证),
  row('round 3: 身份证号：320102 1985 0312 00', 'page', '身份证号：320102 1985 0312 0012', 身份证),
  row('round 3: 手机号码：+86 138 1234 5678（本', 'page', '手机号码：+86 138 1234 5678（本人）', 手机),
  row('round 3: 借记卡 6228 4800 1234 5678 ', 'page', '借记卡 6228 4800 1234 5678 903', 卡),
  row('round 3: 护照号码: P1234567', 'page', '护照号码: P1234567', 证件),
  row('round 3: 港澳通行证号码：C12345678，有效期至20', 'page', '港澳通行证号码：C12345678，有效期至2030年', 证件),
  row('round 3: 当事人王某某（身份证号码：32010219850', 'decision', '当事人王某某（身份证号码：320102198503120012）', 身份证),
  row('round 3: 当事人刘某某、陈志明', 'decision', '当事人刘某某、陈志明', 姓名),
  row('round 3: 当事人：李小龙（男）', 'decision', '当事人：李小龙（男）', 姓名),
  row('round 3: 违法行为人杨过擅自', 'decision', '违法行为人杨过擅自', 姓名),
  row('round 3: 当事人王某，男，汉族，住示例省示例市示例区人民路', 'decision', '当事人王某，男，汉族，住示例省示例市示例区人民路100号', 住址),
  row('round 3: 当事人居住在示例村3组', 'decision', '当事人居住在示例村3组', 住址),
  row('round 3: 当事人现住址为示例市东区和平路1号', 'decision', '当事人现住址为示例市东区和平路1号', 住址),
  row('round 3: 当事人王某（1985年3月12日出生）', 'decision', '当事人王某（1985年3月12日出生）', 生日),
  row('round 3: 当事人王某出生于1985年3月12日', 'decision', '当事人王某出生于1985年3月12日', 生日),
  row('round 3: 车牌号码：浙A·12345', 'decision', '车牌号码：浙A·12345', 车牌),
  row('round 3: 当事人电子邮箱：abc.def@foxmail.', 'decision', '当事人电子邮箱：abc.def@foxmail.com', 邮箱),
  row('round 3: QQ：123456789（当事人）', 'decision', 'QQ：123456789（当事人）', 账号),
  row('round 3: 当事人微信号为wangjg1985', 'decision', '当事人微信号为wangjg1985', 账号),
  row('round 3: 电话：0999-12345678、1391234', 'page', '电话：0999-12345678、13912345678（值班）', 手机),
];

export const PASSED: AdversarialRow[] = [
  row('文号', 'decision', '示防罚决〔2025〕12号', ),
  row('文号 with long serial', 'page', '某人防办发〔2026〕1234567号'),
  row('court case number', 'page', '（2026）某0101行初12345号'),
  row('统一社会信用代码 of a company', 'decision', '统一社会信用代码：91990100MA0N3A4R5M'),
  row('统一社会信用代码 all digits labelled', 'page', '统一社会信用代码 129901000000000163'),
  row('索引号', 'page', '索引号 11990100MB1234567F/2025-00700'),
  row('实施编码', 'page', '实施编码 11990100MB1234567F4000114001000'),
  row('事项编码', 'page', '事项编码 000140001000'),
  row('执法证号', 'page', '执法证号 99010021006'),
  row('ISO date', 'decision', '2025-04-18 作出决定'),
  row('Chinese date', 'decision', '二〇二六年三月一日'),
  row('date range', 'page', '2026年1月1日至2026年12月31日'),
  row('amount', 'decision', '罚款人民币15000元'),
  row('amount range', 'decision', '处15000-300000元罚款'),
  row('amount in 万元', 'decision', '罚款1.2万元'),
  row('area', 'decision', '建筑面积12,360平方米'),
  row('area range', 'page', '面积1500—12345㎡'),
  row('office landline', 'page', '咨询电话：0999-12345678'),
  row('office landline bracketed', 'page', '监督电话（0999）12348012'),
  row('hotline 12345', 'page', '政务服务便民热线 12345'),
  row('hotline 12345 with area code', 'page', '咨询电话 0999-12345'),
  row('landline with extension', 'page', '电话 0999-12345678 转 8001'),
  row('400 number', 'page', '服务热线 400-123-4567'),
  row('fax', 'page', '传真 0999-12345601'),
  row('postcode', 'page', '邮编 999000'),
  row('身份证 as a material name', 'page', '申请材料：申请人身份证（原件及复印件）'),
  row('身份证号码 as a form field', 'page', '申请表应填写姓名、身份证号码、联系电话'),
  row('masked ID', 'page', '身份证号 110105********002X'),
  row('masked ID 1…X', 'page', '身份证号 1****************X'),
  row('masked mobile', 'page', '手机 138****5678'),
  row('masked card', 'page', '卡号 6222 **** **** 0128'),
  row('masked name', 'decision', '当事人张某于2025年擅自拆除'),
  row('masked name with star', 'decision', '当事人张*擅自拆除'),
  row('masked compound surname', 'decision', '当事人欧阳某擅自'),
  row('masked names in a list', 'decision', '经查，张某、李某某和王*共同拆除'),
  row('officers are public', 'decision', '执法人员周建华、陈晓峰出示执法证件'),
  row('office e-mail', 'page', '电子邮箱：rfb@example.gov.cn'),
  row('office e-mail in a decision', 'decision', '如有异议，可发送邮件至 rfb@example.gov.cn'),
  row('office website', 'page', '网址 https://rfb.example.gov.cn/'),
  row('WeChat official account', 'page', '微信公众号：示例人防'),
  row('WeChat official account id', 'page', '关注官方微信公众号 shili_rf'),
  row('QQ group of the office', 'page', '咨询QQ群：123456789'),
  row('address of the office', 'page', '办公地址：示例市东区和平路1号'),
  row('办理地点', 'page', '办理地点：示例市政务服务中心3楼12号窗口'),
  row('company registered office', 'decision', '住所：示例市东区和平路1号'),
  row('company address', 'decision', '当事人示例建设有限公司，地址：示例市东区和平路88号'),
  row('address hidden', 'decision', '当事人王某，住址：略'),
  row('address masked', 'decision', '当事人王某，住址：示例市××路××号'),
  row('住 in ordinary words', 'decision', '当事人未按要求住建部门备案'),
  row('居住 as a use', 'decision', '将人防工程改作居住用途'),
  row('birth year only', 'decision', '当事人王某，男，1985年出生'),
  row('conscription age limit', 'page', '2006年1月1日至2008年12月31日出生的男性青年'),
  row('birth after 以后', 'decision', '2000年1月1日以后出生的人员'),
  row('出生日期 as a form field', 'page', '表中应填写出生日期、性别'),
  row('article numbers', 'decision', '依据《中华人民共和国人民防空法》第四十八条、第四十九条'),
  row('enumeration', 'page', '一、二、三、四、五、六、七、八、九、十、十一'),
  row('list numbers', 'page', '罚款150、2000、3000元'),
  row('GB standard', 'page', '依据GB 50038-2005《人民防空地下室设计规范》'),
  row('ISBN-like code', 'page', 'ISBN 978-7-111-12345-6'),
  row('project code', 'page', '项目代码 2026-999001-47-01-123456'),
  row('ICP number', 'page', '示ICP备12345678号-1'),
  row('公安备案号', 'page', '示公网安备 99010002000001号'),
  row('website id code', 'page', '网站标识码 9901000099'),
  row('coordinates', 'page', '坐标 116.397128, 39.916527'),
  row('time range', 'page', '办理时间 9:00—12:00，13:30—17:30'),
  row('place names with surnames', 'decision', '当事人在王府井路人防工程内施工'),
  row('place names 张家港', 'decision', '张家港市人防工程'),
  row('company name with surname', 'decision', '当事人周大福珠宝店擅自'),
  row('legal term 陈述', 'decision', '当事人陈述、申辩的事实和理由'),
  row('legal term 许可', 'decision', '当事人未取得许可'),
  row('phone of the office in a decision', 'decision', '联系电话：0999-12345678'),
  row('plate-like code in a standard', 'page', '苏A系列产品'),
  row('province abbreviation text', 'page', '京津冀协同发展'),
  row('vehicle mentioned without plate', 'decision', '当事人将车辆停放于人防工程内'),
  row('passport as a material name', 'page', '境外人员提供护照（原件）'),
  row('港澳通行证 as a material name', 'page', '港澳居民提供港澳居民来往内地通行证'),
  row('amount of 11 digits with unit', 'page', '总投资 12345678901 元'),
  row('serial number of a certificate', 'decision', '人防工程竣工验收备案证明编号 RF2025-0012'),
  row('decimal amounts', 'page', '合计 1,234,567.89 元'),
  row('version numbers', 'page', '版本 1.3.8.1234.5678'),
  row('email of a government mailbox', 'page', '信箱：xxgk@shili.gov.cn'),
  row('a year list', 'page', '2019、2020、2021、2022、2023年'),
  row('page numbers', 'page', '第138-156页'),
  row('QQ as software word', 'page', '请勿通过QQ、微信等传送涉密文件'),
  row('微信 as a channel', 'page', '可通过微信扫码办理'),

  // ---- a second round ----
  row('two mobile-like amounts in table columns', 'page', '| 138 | 1234 | 5678 |'),
  row('amounts in a row of cells', 'page', '合计，1380，1234，5678'),
  row('date range with full dates', 'decision', '自2025年3月12日至2025年4月12日'),
  row('birth month only', 'decision', '当事人王某，男，1985年3月出生'),
  row('generic 住 words', 'decision', '当事人住建部门备案情况，住房保障'),
  row('office V信 channel', 'page', '关注官方微信公众号获取通知'),
  row('e-mail of the office in a decision', 'decision', '请将材料发送至 xxgk@shili.gov.cn'),
  row('plate-like model number', 'page', '设备型号 京A-2000'),
  row('standard codes with letters and digits', 'page', 'RFJ 01-2015、GB 50038-2005'),
  row('name-like words after 当事人', 'decision', '当事人同意整改，当事人明确表示接受'),
  row('a company’s flat-like office', 'decision', '当事人示例建设有限公司，地址：示例市东区和平路88号1203室'),
  row('a natural person’s shelter building', 'person-decision', '当事人王某擅自拆除示例市和平路12号防空地下室的防护门'),
  row('a room that is a use', 'person-decision', '当事人将人防工程102室内的设备拆除'),
  row('a breach that happened on a day', 'decision', '该违法行为发生于2025年3月12日，产生于2025年3月1日的费用'),
  row('the day a breach happened, labelled', 'decision', '违法行为发生日：2025年3月12日'),
  row('a rule in force from a day', 'decision', '自2025年3月12日生效'),
  row('a person’s 住所 in a sentence', 'person-decision', '了解住所和单位附近的人防疏散场所'),
  row('a shop unit in a mall', 'person-decision', '当事人在示例商城3楼301室经营'),
  // ---- a third round ----
  row('round 3: 咨询电话：12345，投诉电话：12315', 'page', '咨询电话：12345，投诉电话：12315'),
  row('round 3: 传真：0999-1234567，邮政编码 999', 'page', '传真：0999-1234567，邮政编码 999000'),
  row('round 3: 2025年度预算1234.56万元', 'page', '2025年度预算1234.56万元'),
  row('round 3: 在示例小区3栋2单元101室的人防工程内', 'decision', '在示例小区3栋2单元101室的人防工程内'),
  row('round 3: 护照、港澳通行证等有效身份证件', 'page', '护照、港澳通行证等有效身份证件'),
  row('round 3: 车牌识别系统', 'page', '车牌识别系统'),
  row('round 3: 微信小程序“示例办事”', 'page', '微信小程序“示例办事”'),
  row('round 3: 邮箱：rfb@shili.gov.cn', 'decision', '邮箱：rfb@shili.gov.cn'),
  row('round 3: 出生医学证明', 'page', '出生医学证明'),
  row('round 3: 不支持QQ邮箱', 'page', '不支持QQ邮箱'),
  row('round 3: 当事人于2025年3月12日前整改', 'decision', '当事人于2025年3月12日前整改'),
  row('round 3: 当事人王某，男，1985年生', 'decision', '当事人王某，男，1985年生'),
  row('round 3: 统计：138人、1234户、5678平方米', 'page', '统计：138人、1234户、5678平方米'),
];
