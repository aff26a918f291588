// Natural persons' full names in a decision's free text (经查，王小明擅自… is a leak; 经查，王某某擅自…
// is masked and fine), found without a dictionary of people:
//
// - a candidate is a surname (a common single one, or a compound one such as 欧阳) followed by one
//   or two characters that are common in given names; 王府井 and 张家港 fail here or on the
//   gazetteer, 高度, 许可, 陈述 on the list of ordinary words;
// - the text around it must say "person": before it a role word (当事人, 员工, 证人 …) scores 2,
//   a verb or preposition that takes a person (发现, 雇佣, 与 …) or a sentence boundary scores 1;
//   after it something a person does (擅自, 未经, 于 2025 年, 等人, 先生 …) scores 2, a boundary or
//   a function character (在, 将, 的, 、…) 1, anything else 0 (王府井步行街, 张三丰餐饮公司). A name
//   needs a right score of at least 1 and a total of at least 2;
// - names in a list (王小明、李大力和赵强) take the context of the first;
// - masked names (王某, 王某某, 王*, 欧阳某) are never candidates;
// - officials are public by law: a name after 执法人员, 承办人 … or before 主任, 局长 …, and the
//   names the caller says are public (执法人员 list, the office's 负责人, a legal person's 法定代表人).
import { COMPOUND_SURNAMES, MASK_CHARACTERS } from './masked-name.ts';

export interface NameHit {
  /** Offsets in the (normalised) text. */
  start: number;
  end: number;
  value: string;
}

export interface NameContext {
  /** Full names that are public: officers, the office's head, a legal person's 法定代表人. */
  publicNames?: ReadonlySet<string>;
  /** Names already known to be private persons' (found elsewhere in the entry): found anywhere. */
  knownNames?: Iterable<string>;
}

// Common surnames, less those that mostly start everyday words (于, 向, 单, 关, 路, 管, 车 …).
const SURNAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙朱胡郭林罗郑梁谢宋唐韩冯邓曹彭肖董袁潘蒋蔡杜叶苏魏吕丁沈姚卢姜崔钟谭汪贾夏韦邹孟熊秦邱尹薛闫雷侯陶黎贺顾郝龚邵覃戴孔汤高马何许傅程田范方石余任廖金陆白江严段武康史毛常万钱洪乔赖龙文阎易庞施牛樊葛安伍俞殷聂章鲁柳倪岳骆邢梅纪童凌舒耿祝温左柴甘蒙邬靳霍牟符滕宁尚鲍虞游裴卜盛苗阮焦瞿岑翟晏冉屈仇辛佟娄穆涂郁栾揭冷谷欧'.split(''),
);
const COMPOUND = new Set<string>(COMPOUND_SURNAMES);

// Characters common in given names. Verbs and function characters that follow names in a
// sentence (在, 将, 于, 擅, 未 …) are deliberately absent, so that 李明将 ends at 明.
const GIVEN = new Set(
  ('大伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华玉萍红娥玲芬燕彬鹏辉宇浩凯健俊帆帅旭宁龙林欣佳颖婷雪琳晶倩蕾薇露瑶怡婉琪璐璇梦晨阳鑫博文武斌峰波宏志成永海山国建春秋冬梅兵东新亮光荣庆福祥贵生德胜立少小晓子天思一嘉雨诗涵轩泽睿家豪逸晗妍琦菲悦然婧媛莉莎萌蓉芸茜茹蕊馨瑞琴云凤彩翠珍珠贞淑惠慧巧美爱妮姣姿娇婕乐喜寿财富发利保振毅勤俭忠孝仁义礼智信廷庭汉民卫旗跃进伦钢铁锋铭锦凌洁清淼渊源溪澜浪滨沛沁泉润涌潇灿炜烨煜熙焕炎熠坤培均坚城垚宝宸寅尧岩岚峻崇嵩川州巍希常庚康延弘彤彦彪影征徽忆念怀恒恩惟意慈戈政敬斐昊昌昕星昭晋晖晟晴曦月朋朗望朝杉松柏柳栋树桐森楠榕欢正毓水江沐河治泓泰洛津浦淳添湘湛溢滢漫潮澄澈灵烁照爽牧玄玮环珂珊琛瑜瑾璋甜田甫畅登皓盛益真瞳祖祺禄禹程童竹笑筠简素纯维绮缘羽翔翼耀聪胤舒航良艺芝芮若茂莹菊萱蒙蓝虹誉诚谦贤越辰达迎远遥邦鉴钊钦铮锐锟镇闯阔雅雁雄集雯霖青韵顺颂飞香驰骏鸣鸿鹤麟黎鼎齐宗定宜宪容寒尊展屹岳崎嵘幸广应廉弦归得循恬悟惜愉慕懿戎捷攀斯日旺昆旻昱晏景暖曼有朴杭柯格梁棋楚榆模步汐汝沙沫沂泊洲浚涓淇渝湖溶滔漪潼澎澍炫烽焱燕玥珏琰瑛璟生甲男畴百皎盈祎秉科穆章端笛兴全友根满宽群继学军卫臣秀凡兆元' +
    '三四五六七八九二力丰仲伯叔季孟冰洪朵丹金君依令唯雷安笙钗圆炅可阿皇优灏桃豫尘肃峥碧南儿花野伊巩战腾靖姗咏霆纲长牛哲翰铎炳焘煦熹炯虎鹰莺蝶鹃梓珺恺荃芹荔艾苑葵倩璐岑沫卓桦枫菁蓓栩煊铄熠钰琨璞淇滟婵娴妤婷姝媛嫣奕杭昀旸晔暄曜翊翎骁骞驹彧湉琬瑶璇蔚薏蕙苒苓茵荷莲蓉萍芷芊芃泠淑')
    .split(''),
);

// Words that start with a surname and go on with a given-name character but are not names.
const NOT_NAMES = new Set(
  ('陈述 陈列 陈旧 张贴 张挂 周边 周围 周期 周末 周年 周转 黄色 黄金 黄河 林地 林木 林业 罗列 董事 汪洋 钟表 苏醒 高度 高新 高明 高峰 高温 高压 高层 高效 ' +
    '高级 高于 许可 方式 方面 方案 方向 方可 方正 方便 方法 万元 金额 安全 安装 安排 安防 安置 程序 程度 文明 文化 文书 文号 文字 文件 严重 严格 严禁 严明 ' +
    '常年 常用 常见 常务 江山 石油 石材 马上 马路 白天 白色 任何 任务 任意 易燃 易地 施工 武装 温度 范围 余额 余下 凌晨 黎明 洪水 龙头 牛奶 ' +
    '康复 宁可 尚未 符合 史上 毛坯 舒适 左侧 左右 田地 田园 江河 金属 金融 钱款 孔洞 雷电 顾客 胡同 夏季 叶片 杜绝 孟春 石家 高架 ' +
    '温州 温泉 钟楼 鲁迅 华为 程控 江湖 甘肃 蒙古 宁夏 云南 安徽 江苏 江西 湖南 湖北 广东 广西 福建 海南 青海 黄浦 杨浦 徐汇 柳州 梅州 徐州 ' +
    '龙岩 龙华 常州 常德 江门 江阴 金华 许昌 宁波 宁德 安庆 安阳 高邮 高密 白山 白城 白银 贺州 孟州 余杭 余姚 韶关 罗湖 邢台 周口 黄山 黄石 黄冈 ' +
    '王府 张家 马鞍 秦皇 石景 潘家 曹县 林芝 丁香 欧元 康乐 乐山 万达 万科 万家 苗木 冷库 谷物 栾川 揭阳 倪家 龚家 岳阳 岳麓 ' +
    '严防 严守 殷切 傅里 段落 卜卦 聂拉 甘泉 甘露 冉冉 屈服 仇恨 辛勤 辛苦 穆斯 涂料 涂层 涂刷 涂改 郁闷 冷却 冷冻 冷藏 谷歌 游泳 游客 游乐 ' +
    '盛世 盛大 苗圃 焦点 焦化 柴油 甘蔗 霍乱 符号 滕州 尚且 宁静 童年 童装 纪律 纪念 纪要 凌乱 舒展 耿直 祝贺 温暖 温和 温馨 左边 蒙受 牟利 ' +
    '虞 鲍鱼 白领 白银 龙凤 龙门 金山 金星 金牛 金水 马克 牛顿 骆驼 熊猫 熊市 雷达 陶瓷 贺卡 顾问 侯爵 童心 史料 毛巾 毛重 史诗 ' +
    '文艺 文学 文凭 文员 文旅 武器 武术 何时 何处 何况 何种 何等 何人 许多 许久 田野 方圆 方格 石头 江北 江南 江东 江心 余生 常规 常态 常住 康泰 ' +
    '高兴 高达 高原 高昂 高楼 高尚 高科 高铁 高考 高价 高空 高光 万一 万全 万能 安宁 安康 安心 安然 安定 安稳 安静 金碧 白云 石英 林立 ' +
    '华夏 夏天 秦岭 黄昏 黄瓜 龙井 范例 任职 全面 乔迁 庞大 樊篱 葛根 伍佰 章程 章节 柳树 岳父 梅花 纪检 童工 凌云 舒心 耿耿 祝福 ' +
    '梁上 谢谢 谢绝 宋体 唐朝 朱红 孙子 郭外 郑重 胡乱 胡须 罗马 吴江 尚可 马力 武力 余力')
    .split(/\s+/)
    .filter(Boolean),
);

// Before a name: people's roles (2), official roles (2, and the name is public).
const PERSON_ROLES =
  '当事人|法定代表人|负责人|经营者|业主|户主|房主|承租人|出租人|转租人|实际控制人|股东|员工|职工|雇员|工作人员|管理人员|施工人员|作业人员|现场人员|值班人员|保安|保洁员|店员|店主|老板|经理|厨师|司机|驾驶员|驾驶人|申请人|被申请人|委托代理人|代理人|受托人|委托人|证人|见证人|举报人|投诉人|违法行为人|行为人|监护人|联系人|租户|住户|居民|村民|个人|自然人|公民|男子|女子|姓名|名为|叫|名叫|之子|之女|妻子|丈夫|父亲|母亲|儿子|女儿|亲属|签收人|收件人|受送达人|被检查人|在场人员|相关人员|经营户|之妻|之夫|邻居|房东|租客|工人|技术员|安全员|施工员|保管员|收银员|营业员|业务员|销售员|电工|焊工|店长|厂长|队长|组长|班长';
const OFFICIAL_ROLES = '执法人员|执法人|办案人员|承办人员|承办人|经办人|审核人|审批人|批准人|检查人员|调查人员|监督员|本机关负责人|本办负责人|局长|主任|科长|处长|队长';
const LEFT_ROLE = new RegExp(`(?:${PERSON_ROLES})[:\\s]{0,2}$`);
const LEFT_OFFICIAL = new RegExp(`(?:${OFFICIAL_ROLES})[:\\s]{0,2}$`);
const LEFT_BOUNDARY = /(?:^|[\s,.;:!?、。“”‘’"'()[\]《》【】—…])$/;
const LEFT_VERB = /(?:发现|查明|经查|查实|询问|责令|处罚|对当事人|雇佣|雇用|聘用|聘请|指使|委托|授权|伙同|协助|联系|通知|告知|送达|交由|交给|与|和|及|同|向|对|给|由|被|让|据|即|系|为|是|将|把|称|经)$/;
const RIGHT_STRONG = /^(?:擅自|私自|未经|违规|违法|拒不|拒绝|等人|等\d+人|等[一二两三四五六七八九十]人|先生|女士|本人|承认|供述|陈述|称|表示|签字|签名|签订|签署|签收|代为|代理|如实|二人|两人|三人|驾驶|承租|租用|无证|涉嫌|明知|指使|雇佣|伙同|持有|身份证|公民身份|联系电话|电话|手机|住址|家住|住|出生|男|女|因|系|于\d|于[一二]|在其|在该|在本|曾|已于|对其|个人|户主|夫妇|之子|之女|之妻|之夫|负责|经营|开办|租赁|拆除|占用|改变|阻挠|阻碍)/;
/** The deeds of RIGHT_STRONG that only a person does (not 住, 男, 因, 系 …, which follow words too). */
const RIGHT_DEED = /^(?:擅自|私自|未经|拒不|拒绝|等人|承认|供述|签字|签名|涉嫌|明知|伙同|无证)/;
const RIGHT_WEAK = /^(?:$|[\s,.;:!?、。“”‘’"'()[\]《》【】—…]|[于在将等的与和及向对已从为均即并把被是所到未不没又也还就亲自作])/;
const RIGHT_OFFICIAL = /^(?:主任|副主任|局长|副局长|科长|副科长|处长|副处长|队长|书记|同志)/;
// A parenthesis between list items (李娜（执法证号…）、王强) does not end the list.
const LIST_GLUE = /^(?:[(（][^()（）]*[)）])?(?:、|,|，|和|及|与|以及|或)$/;
const MASK = new RegExp(`^[${MASK_CHARACTERS}]`);
/** What ends a business's name a few characters on: its name is public, even if it looks like a person's. */
const BUSINESS_AFTER = /^[\u4e00-\u9fff]{0,5}?(?:店|公司|厂|商行|超市|酒店|宾馆|饭店|餐厅|餐馆|馆|经营部|门市部|商店|药房|诊所|工作室|合作社|农家乐|商贸|集团)/;

interface Candidate {
  start: number;
  end: number;
  value: string;
  left: number;
  official: boolean;
}

// The scan looks at every character of every decision: a flag table by character code keeps the
// common case (not a surname) to one array read.
const SINGLE = 1;
const COMPOUND_START = 2;
const SURNAME_FLAGS = new Uint8Array(0x10000);
for (const surname of SURNAMES) SURNAME_FLAGS[surname.charCodeAt(0)]! |= SINGLE;
for (const surname of COMPOUND) SURNAME_FLAGS[surname.charCodeAt(0)]! |= COMPOUND_START;

function surnameAt(text: string, index: number): number {
  const flags = SURNAME_FLAGS[text.charCodeAt(index)] as number;
  if (flags === 0) return 0;
  if (flags & COMPOUND_START && COMPOUND.has(text.slice(index, index + 2))) return 2;
  return flags & SINGLE ? 1 : 0;
}

/** Every unmasked natural person's full name in `text`, in order of appearance. */
export function findNames(text: string, context: NameContext = {}): NameHit[] {
  const hits: NameHit[] = [];
  let previous: Candidate | undefined;
  for (let i = 0; i < text.length; i++) {
    const surname = surnameAt(text, i);
    if (!surname) continue;
    let givenStart = i + surname;
    // Two-character names are often typed with spaces to line up with three (张  三): after a
    // role word (当事人：张 三), the spaces do not hide the name.
    if (text.charCodeAt(givenStart) === 32) {
      let given = givenStart;
      while (text.charCodeAt(given) === 32 && given - givenStart < 2) given++;
      if (GIVEN.has(text[given] as string) && LEFT_ROLE.test(text.slice(Math.max(0, i - 8), i))) givenStart = given;
    }
    if (MASK.test(text.slice(givenStart, givenStart + 1))) {
      previous = { start: i, end: givenStart + 1, value: '', left: 1, official: false };
      continue;
    }
    // Most surname characters start ordinary words: rule those out before reading any context,
    // unless a role word before and a deed after leave no doubt (违法行为人杨过擅自…): given
    // names are not all of the common characters.
    if (!GIVEN.has(text[givenStart] as string)) {
      const rare = rareGivenName(text, i, givenStart);
      if (rare && !context.publicNames?.has(rare.value)) hits.push(rare);
      if (rare) i = rare.end - 1;
      continue;
    }
    // 王科长, 李主任: an official addressed by title, no given name shown.
    if (RIGHT_OFFICIAL.test(text.slice(givenStart, givenStart + 4))) continue;
    const candidate = bestCandidate(text, i, givenStart, previous);
    if (!candidate) continue;
    previous = candidate;
    if (!candidate.official && !context.publicNames?.has(candidate.value)) hits.push({ start: candidate.start, end: candidate.end, value: candidate.value });
    i = candidate.end - 1;
  }
  for (const name of context.knownNames ?? []) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      if (!hits.some((hit) => at < hit.end && hit.start < at + name.length)) hits.push({ start: at, end: at + name.length, value: name });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** Surname and one uncommon character between a role word (当事人, 行为人 …) and a deed (擅自, 未经 …). */
function rareGivenName(text: string, start: number, givenStart: number): NameHit | undefined {
  const end = givenStart + 1;
  if (!/[\u4e00-\u9fff]/.test(text[givenStart] ?? '') || MASK.test(text[givenStart] ?? '')) return undefined;
  const value = text.slice(start, end);
  if (NOT_NAMES.has(value) || !RIGHT_DEED.test(text.slice(end, end + 6))) return undefined;
  if (!LEFT_ROLE.test(text.slice(Math.max(0, start - 8), start)) || LEFT_OFFICIAL.test(text.slice(Math.max(0, start - 8), start))) return undefined;
  return { start, end, value };
}

function bestCandidate(text: string, start: number, givenStart: number, previous: Candidate | undefined): Candidate | undefined {
  const before = text.slice(Math.max(0, start - 8), start);
  const inList = previous !== undefined && LIST_GLUE.test(text.slice(previous.end, start));
  const official = (inList && previous.official) || LEFT_OFFICIAL.test(before);
  const left = inList ? Math.max(previous.left, 1) : LEFT_ROLE.test(before) || official ? 2 : LEFT_VERB.test(before) || LEFT_BOUNDARY.test(before) ? 1 : 0;
  // Only a word that takes a person (由, 雇佣, 与) or a list makes two given characters enough:
  // at the start of a sentence 周大福珠宝店 and 金沙江路 are not people.
  const takesPerson = inList || LEFT_VERB.test(before);
  // Two given characters first (王小明), then one (李明将 → 李明).
  for (const length of [2, 1]) {
    const end = givenStart + length;
    if (end > text.length) continue;
    const value = text.slice(start, end);
    if (![...text.slice(givenStart, end)].every((char) => GIVEN.has(char))) continue;
    if (NOT_NAMES.has(value)) continue;
    const after = text.slice(end, end + 6);
    if (RIGHT_OFFICIAL.test(after)) return { start, end, value, left, official: true };
    const right = RIGHT_STRONG.test(after) ? 2 : RIGHT_WEAK.test(after) ? 1 : 0;
    // 周大福珠宝店, 王记餐馆: the start of a business's name, which is public.
    if (right === 0 && BUSINESS_AFTER.test(text.slice(end, end + 8))) return undefined;
    // 黎明辉擅自 is a name, 黎明的 is not: a word as prefix needs a role before or a deed after.
    if (NOT_NAMES.has(value.slice(0, 2)) && left < 2 && right < 2) continue;
    // A role word names a person whatever follows (举报人徐明反映); two given-name characters
    // after a person-taking word or in a list are a name too (由陈晓明实际经营).
    const shape = length === 2 && takesPerson ? 1 : 0;
    if (left === 2 || (right >= 1 && left + right >= 2) || left + right + shape >= 2) return { start, end, value, left, official };
  }
  return undefined;
}
