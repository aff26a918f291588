// Synthetic content for the benchmarks (npm run bench, npm run bench:search): valid entries that
// pass the content check, varied enough (companies, projects, areas, dates) that the pages and the
// search index are not one page repeated. Every entry refers only to the sample office's own
// subjects and service guides, or to synthetic entries generated alongside it.
import { usccCheckChar } from '../../src/lib/uscc.ts';

export const OFFICE = '11990100MB1234567F';

// ---------------------------------------------------------------- decisions (行政处罚, 行政许可)

export const PLACES = ['东湖', '西城', '南山', '北岸', '滨江', '锦程', '瑞丰', '百汇', '智谷', '华庭', '金桥', '新港', '云台', '青石', '松涛', '枫林', '明珠', '长河', '天元', '嘉禾', '翠屏', '望江', '临川', '安澜', '景泰', '启航', '星河', '鼎盛', '汇通', '宏远'];
const TRADES = ['房地产开发', '物业服务', '商贸', '置业', '建设工程', '投资', '科技', '实业', '市政工程', '酒店管理', '仓储物流', '餐饮管理'];
const PROJECTS = ['花园', '广场', '名苑', '商业中心', '科技园', '公寓', '学府', '雅居', '产业园', '综合体'];
const VIOLATIONS: [string, string, string][] = [
  ['城市新建民用建筑不修建战时可用于防空的地下室', '第四十八条', '应建防空地下室未按审批要求修建，地下室已按普通地下车库完成主体结构，不具备战时防护功能'],
  ['侵占人民防空工程', '第四十九条第（一）项', '未经批准将公用人民防空工程用作商品仓库并加装门锁，致使工程无法正常维护和使用'],
  ['拆除人民防空工程设备设施', '第四十九条第（三）项', '擅自拆除工程内防护密闭门和密闭阀门，降低了工程的防护能力'],
  ['向人民防空工程内排入废水', '第四十九条第（七）项', '擅自接驳排水管，将废水引入工程集水坑长期排放，造成工程内部积水和设备锈蚀'],
  ['改变人民防空工程主体结构', '第四十九条第（三）项', '在防护单元隔墙上开洞改作车库通道，改变了工程主体结构'],
];
const PERMITS: [string, string, string][] = [
  ['防空地下室建设审批意见书', 'RF-XK-001-01', '同步修建防空地下室'],
  ['防空地下室易地修建批复', 'RF-XK-002-01', '易地修建防空地下室并缴纳易地建设费'],
  ['拆除人民防空工程审批决定书', 'RF-XK-003-01', '拆除原有人民防空工程并按规定补建'],
];

export const pick = <T>(list: T[], n: number): T => list[n % list.length] as T;
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A valid 统一社会信用代码 for synthetic company n. */
export function uscc(n: number): string {
  let body = '';
  for (let i = 0, rest = n * 7919 + 12345; i < 9; i += 1, rest = Math.floor(rest / USCC_CHARS.length)) body += USCC_CHARS[rest % USCC_CHARS.length];
  const first17 = `91990100${body}`;
  return first17 + usccCheckChar(first17);
}

export const iso = (date: Date) => date.toISOString().slice(0, 10);
export const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);

/** The document number of synthetic decision i, as the benchmark queries it. */
export function decisionNo(i: number): string {
  const year = 2024 + (i % 3);
  return i % 2 === 0 ? `示防罚决〔${year}〕${1000 + Math.floor(i / 6)}号` : `示防许〔${year}〕${1000 + Math.floor(i / 6)}号`;
}

/** One file under content/: its path there and its text. */
export interface SyntheticFile {
  path: string;
  text: string;
}

/** Synthetic decision i: even i a 行政处罚决定, odd i a 行政许可决定 under one of the sample office's service guides. */
export function syntheticDecision(i: number): SyntheticFile {
  const year = 2024 + (i % 3);
  const decided = addDays(new Date(Date.UTC(year, 0, 5)), (i * 37) % 300);
  const published = addDays(decided, 5);
  const company = `示例市${pick(PLACES, i)}${pick(PLACES, Math.floor(i / PLACES.length) + 3)}${pick(TRADES, i * 7)}有限公司`;
  const project = `${pick(PLACES, i * 11 + 5)}${pick(PROJECTS, i * 3)}${(i % 9) + 1}期`;
  const area = 800 + ((i * 137) % 12_000);
  // From 30000: below the other kinds' 60000s for up to 90,000 decisions (100,000 entries).
  const serial = String(30_000 + Math.floor(i / 3)).padStart(5, '0');
  const common = [
    `decisionNo: ${decisionNo(i)}`,
    'party:',
    '  kind: 法人',
    `  name: ${company}`,
    `  creditCode: "${uscc(i)}"`,
    `  legalRepresentative: ${pick(['王某', '李某', '张某', '刘某', '陈某', '杨某'], i)}`,
  ];
  const tail = [`authority: ${OFFICE}`, `indexNo: ${OFFICE}/${year}-${serial}`, `publishDate: ${iso(published)}`, `updateDate: ${iso(published)}`];
  if (i % 2 === 0) {
    const [type, article, facts] = pick(VIOLATIONS, i);
    const fine = ((i % 40) + 1) * 0.25;
    return {
      path: `enforcement/penalties/BM-${String(i).padStart(5, '0')}.yaml`,
      text: [
        `code: BM-${String(i).padStart(5, '0')}`,
        ...common,
        `violationType: ${type}`,
        `facts: 当事人开发建设或者管理的${project}项目，经${iso(addDays(decided, -40))}现场检查发现，${facts}，涉及面积约 ${area} 平方米。`,
        'basis:',
        '  - law: 《中华人民共和国人民防空法》',
        `    article: ${article}`,
        `    text: 违反人民防空工程管理规定的，由县级以上人民政府人民防空主管部门对当事人给予警告，并责令限期改正违法行为，可以依法并处罚款。`,
        'categories:',
        '  - 警告',
        '  - 罚款',
        `content: 给予警告，责令限期改正，并处罚款人民币 ${fine} 万元。`,
        `fineAmount: ${fine}`,
        `decisionDate: ${iso(decided)}`,
        'severity: 严重',
        `disclosureUntil: ${iso(addDays(decided, 3 * 365))}`,
        ...tail,
        `summary: ${company}${type}，被给予警告并处罚款 ${fine} 万元。`,
        'topic: 行政处罚',
        'keywords:',
        '  - 行政处罚',
        `  - ${type.slice(0, 6)}`,
      ].join('\n'),
    };
  }
  const [documentName, service, what] = pick(PERMITS, i);
  return {
    path: `enforcement/permits/BM-${String(i).padStart(5, '0')}.yaml`,
    text: [
      `code: BM-${String(i).padStart(5, '0')}`,
      `documentName: ${documentName}`,
      ...common.slice(0, 1),
      'category: 普通',
      `content: 准予${project}项目${what}，防空地下室建筑面积 ${area} 平方米，平时用作汽车库，战时用作人员掩蔽所。`,
      ...common.slice(1),
      `service: ${service}`,
      `decisionDate: ${iso(decided)}`,
      `validFrom: ${iso(decided)}`,
      `validTo: ${iso(addDays(decided, 2 * 365))}`,
      'status: 有效',
      ...tail,
      `summary: 准予${company}在${project}项目中${what}。`,
      'topic: 行政许可',
      'keywords:',
      '  - 行政许可',
      '  - 防空地下室',
    ].join('\n'),
  };
}

// ---------------------------------------------------------------- powers, responsibilities, service guides

interface Activity {
  type: string;
  name: string;
  law: string;
  article: string;
  basis: string;
  result: string;
  resultType: '批准文书' | '证照' | '备案回执' | '其他';
}

const PROVINCIAL = '《示例省人民防空工程管理规定》';
const ACTIVITIES: Activity[] = [
  { type: '行政许可', name: '结合民用建筑修建防空地下室审批', law: '《中华人民共和国人民防空法》', article: '第二十二条', basis: '城市新建民用建筑应当依照国家规定同步修建战时可用于防空的地下室，其面积、防护等级由人民防空主管部门审定。', result: '防空地下室建设审批意见书', resultType: '批准文书' },
  { type: '行政许可', name: '拆除人民防空工程审批', law: '《中华人民共和国人民防空法》', article: '第二十八条', basis: '人民防空工程不得擅自拆除；确需拆除的，报经人民防空主管部门批准，由拆除单位负责补建或者补偿。', result: '拆除人民防空工程审批决定书', resultType: '批准文书' },
  { type: '行政许可', name: '人民防空警报设施迁移审批', law: PROVINCIAL, article: '第十五条', basis: '因城市建设确需迁移或者拆除警报设施的，建设单位应当事先报人民防空主管部门批准，并承担迁移费用。', result: '警报设施迁移审批意见', resultType: '批准文书' },
  { type: '行政备案', name: '人民防空工程平时使用备案', law: PROVINCIAL, article: '第二十条', basis: '人民防空工程平时用于生产经营的，使用单位应当向人民防空主管部门备案，不得影响工程的防护功能。', result: '平时使用备案回执', resultType: '备案回执' },
  { type: '其他行政权力', name: '人民防空工程竣工验收备案', law: PROVINCIAL, article: '第十二条', basis: '人民防空工程竣工验收合格后，建设单位应当在规定期限内向人民防空主管部门备案。', result: '竣工验收备案回执', resultType: '备案回执' },
  { type: '行政确认', name: '防空地下室易地修建条件确认', law: PROVINCIAL, article: '第九条', basis: '因地质、地形等原因不宜修建防空地下室的，经人民防空主管部门确认后可以易地修建。', result: '易地修建条件确认书', resultType: '批准文书' },
  { type: '行政征收', name: '防空地下室易地建设费征收', law: PROVINCIAL, article: '第十条', basis: '经确认易地修建防空地下室的，建设单位按照规定标准缴纳易地建设费，专项用于人民防空工程建设。', result: '易地建设费缴款通知书', resultType: '其他' },
  { type: '公共服务', name: '人民防空工程信息查询', law: PROVINCIAL, article: '第二十六条', basis: '人民防空主管部门应当向社会公开人民防空工程的位置和用途，方便公众在紧急情况下就近掩蔽。', result: '人民防空工程信息查询结果', resultType: '其他' },
];
const VARIANTS = ['首次办理', '变更', '延续', '遗失补办'];
const MATERIALS: [string, string, string, string, string][] = [
  // name, source, form, medium, necessity
  ['申请表', '申请人自备（政务服务网下载）', '原件', '电子', '必要'],
  ['营业执照或者事业单位法人证书', '政府部门核发', '复印件', '纸质或电子', '必要'],
  ['建设工程规划许可证', '政府部门核发', '复印件', '电子', '必要'],
  ['人民防空工程施工图设计文件', '设计单位出具', '原件', '电子', '必要'],
  ['授权委托书', '申请人自备', '原件', '纸质', '非必要'],
  ['工程平面位置图', '申请人自备', '原件', '电子', '容缺后补'],
  ['防护设备质量检测报告', '检测机构出具', '原件', '电子', '必要'],
  ['使用管理协议', '申请人与产权单位签订', '复印件', '纸质或电子', '必要'],
];
const QUESTIONS: [string, string][] = [
  ['可以委托他人代办吗？', '可以。代办人应当携带授权委托书和本人身份证件，委托书须写明委托事项和权限。'],
  ['材料不齐全怎么办？', '窗口会一次性告知需要补正的全部内容；标注“容缺后补”的材料可以先受理，在承诺时限内补交。'],
  ['办理进度在哪里查询？', '在政务服务网“办件查询”中输入受理编号即可查看，每个环节办结时也会发送短信提醒。'],
  ['办理结果多久可以拿到？', '电子结果在办结当日推送到申请账户；需要纸质文书的，可以选择窗口领取或者免费邮寄。'],
];

const padded = (n: number, width: number) => String(n).padStart(width, '0');

/** Catalogue fields for synthetic entry k of the non-decision kinds: 索引号 from 60000 up, never the decisions' 30000s–50000s. */
function catalogue(k: number, summary: string, topic: string, keywords: string[]): string[] {
  const published = addDays(new Date(Date.UTC(2023, 0, 3)), (k * 53) % 1300);
  const updated = addDays(published, (k * 17) % 90);
  return [
    `indexNo: ${OFFICE}/${published.getUTCFullYear()}-${padded(60_000 + k, 5)}`,
    `publishDate: "${iso(published)}"`,
    `updateDate: "${iso(updated)}"`,
    `summary: ${summary}`,
    `topic: ${topic}`,
    'keywords:',
    ...keywords.map((keyword) => `  - ${keyword}`),
  ];
}

const powerCode = (p: number) => `BM-QL-${padded(p, 4)}`;
const district = (p: number) => `${pick(PLACES, p * 7 + 2)}区`;
const activityOf = (p: number) => pick(ACTIVITIES, p);

/** Synthetic power p (权力清单), the k-th non-decision entry. */
export function syntheticPower(p: number, k: number): SyntheticFile {
  const activity = activityOf(p);
  const name = `${activity.name}（${district(p)}）`;
  return {
    path: `powers/${powerCode(p)}.yaml`,
    text: [
      `code: ${powerCode(p)}`,
      `type: ${activity.type}`,
      `name: ${name}`,
      'basis:',
      `  - law: ${activity.law}`,
      `    article: ${activity.article}`,
      `    text: ${activity.basis}`,
      `implementer: ${OFFICE}`,
      `department: ${district(p)}人防工作科`,
      'levels:',
      '  - 县级',
      'status: 在用',
      `note: 由${district(p)}人防工作科承办，办理结果报市人民防空办公室备案。`,
      ...catalogue(k, `${district(p)}范围内的${activity.name}，依据${activity.law}${activity.article}实施。`, activity.type, [activity.type, activity.name.slice(0, 6)]),
    ].join('\n'),
  };
}

/** Synthetic responsibility entry (责任清单) of power p, the k-th non-decision entry. */
export function syntheticResponsibility(p: number, k: number): SyntheticFile {
  const activity = activityOf(p);
  const days = (p % 4) + 3;
  return {
    path: `responsibilities/${powerCode(p)}.yaml`,
    text: [
      `power: ${powerCode(p)}`,
      'stages:',
      '  - stage: 受理',
      `    duty: 公示${activity.name}的依据、条件、材料和期限；材料齐全的当场受理，不齐全的一次性告知需要补正的全部内容。`,
      '  - stage: 审查',
      `    duty: 审查申请材料是否真实完整，需要现场核查的在 ${days} 个工作日内完成并记录核查结果。`,
      '  - stage: 决定',
      '    duty: 在承诺时限内作出书面决定；不予办理的，说明理由并告知申请行政复议或者提起行政诉讼的途径。',
      '  - stage: 送达',
      `    duty: 自作出决定之日起 ${days} 个工作日内送达${activity.result}，并按规定在网站公开办理结果。`,
      '  - stage: 事后监管',
      `    duty: 对${district(p)}已办结的事项按比例抽查，发现不符合条件的依法责令改正。`,
      'accountability:',
      '  - situation: 对符合条件的申请不予受理，或者未一次性告知需要补正的全部内容的',
      '    basis:',
      '      - 《中华人民共和国行政许可法》第七十二条',
      '  - situation: 超过承诺时限作出决定，或者在办理中索取、收受申请人财物的',
      '    basis:',
      '      - 《中华人民共和国公职人员政务处分法》第三十九条',
      ...catalogue(k, `${activity.name}（${district(p)}）各环节的责任事项和追责情形。`, '责任清单', ['责任清单', activity.name.slice(0, 6)]),
    ].join('\n'),
  };
}

/** Synthetic service guide v (0–3) of power p (服务指南, Markdown with front matter), the k-th non-decision entry. */
export function syntheticService(p: number, v: number, k: number): SyntheticFile {
  const activity = activityOf(p);
  const code = `${powerCode(p)}-${padded(v + 1, 2)}`;
  const variant = pick(VARIANTS, v);
  const name = `${activity.name}（${district(p)}，${variant}）`;
  const review = pick([3, 5, 8, 10], p + v);
  const visits = (p + v) % 3 === 0 ? 1 : 0;
  const materials = Array.from({ length: 2 + ((p + v) % 4) }, (_, m) => pick(MATERIALS, p * 3 + v + m));
  const questions = Array.from({ length: 1 + ((p + v) % 2) }, (_, q) => pick(QUESTIONS, p + v * 2 + q));
  const charged = activity.type === '行政征收';
  const front = [
    `code: ${code}`,
    `basicCode: "${padded(9_000_000_000 + p * 10 + v, 12)}"`,
    `name: ${name}`,
    `type: ${activity.type}`,
    `power: ${powerCode(p)}`,
    `implementer: ${OFFICE}`,
    `department: ${district(p)}人防工作科`,
    'level: 县级',
    'targets:',
    '  - 法人',
    '  - 其他组织',
    'conditions:',
    `  - 申请事项位于${district(p)}行政区域内。`,
    `  - 符合${activity.law}${activity.article}规定的条件。`,
    ...(v > 0 ? [`  - 已取得${activity.result}，需要办理${variant}。`] : []),
    'materials:',
    ...materials.flatMap(([material, source, form, medium, necessity], m) => [
      `  - name: ${material}`,
      `    source: ${source}`,
      `    form: ${form}`,
      `    copies: ${medium === '电子' ? 0 : 1}`,
      `    medium: ${medium}`,
      `    necessity: ${necessity}`,
      ...(m === 0 ? [`    note: 写明项目名称、位置和联系人，加盖单位公章。`] : []),
    ]),
    'steps:',
    '  - name: 申请',
    '    actor: 申请单位',
    '    days: 0',
    '    countsTowardLimit: false',
    `    description: 通过政务服务网或者${district(p)}政务服务中心窗口提交申请材料。`,
    '  - name: 受理',
    '    actor: 窗口工作人员',
    '    days: 1',
    '    countsTowardLimit: true',
    '    description: 核对材料是否齐全、是否符合法定形式，当场作出受理决定或者一次性告知补正内容。',
    '  - name: 审查',
    '    actor: 人防工作科',
    `    days: ${review}`,
    '    countsTowardLimit: true',
    '    description: 审查材料的真实性和合规性，必要时到现场核查。',
    '  - name: 决定',
    '    actor: 分管负责人',
    '    days: 1',
    '    countsTowardLimit: true',
    `    description: 作出书面决定，出具${activity.result}。`,
    'legalLimit:',
    '  days: 20',
    'promisedLimit:',
    `  days: ${review + 2}`,
    'fee:',
    `  charged: ${charged}`,
    ...(charged ? ['  standard: 按应建防空地下室面积计收，具体标准以价格主管部门核定的为准', '  basis: 《示例省防空地下室易地建设费收费管理办法》'] : []),
    `visits: ${visits}`,
    `onlineUrl: https://www.example-zwfw.gov.cn/rfb/item/${code}`,
    `place: 示例市${district(p)}政务服务中心 ${(p % 3) + 1} 楼人防窗口`,
    'hours: 工作日 上午 8:30—12:00，下午 14:00—17:30（法定节假日除外）',
    `consultPhone: "0999-123${padded(45_000 + (p % 1000), 5)}"`,
    'complaintPhone: "0999-12345678"',
    'result:',
    `  name: ${activity.result}`,
    `  type: ${activity.resultType}`,
    'faq:',
    ...questions.flatMap(([question, answer]) => [`  - question: ${question}`, `    answer: ${answer}`]),
    ...catalogue(k, `${district(p)}${activity.name}（${variant}），${visits === 0 ? '全程网办' : '最多跑一次'}，承诺 ${review + 2} 个工作日办结。`, activity.type, [activity.name.slice(0, 6), variant, visits === 0 ? '全程网办' : '最多跑一次']),
  ];
  const body = [
    '## 办理须知',
    '',
    `本事项由${district(p)}人防工作科办理，适用于${district(p)}行政区域内需要办理${activity.name}（${variant}）的单位。`,
    `${visits === 0 ? '申请、补正和领取结果均可在网上完成，无需到现场。' : '材料在网上预审通过后，到窗口核验原件一次即可办结。'}`,
    '',
    `办结后${activity.result}的电子版推送到申请账户，与纸质文书具有同等效力。对办理结果有异议的，可以依法申请行政复议或者提起行政诉讼。`,
  ];
  return { path: `services/${code}.md`, text: ['---', ...front, '---', '', ...body].join('\n') };
}

// ---------------------------------------------------------------- a realistic mix

/** Of every 20 entries: a power, its responsibility entry, 4 service guides for it, and 14 decisions (7 penalties, 7 permits). */
export const MIX_BLOCK = 20;

/** The kind of each of `count` mixed entries, in order; a power never ends the list without its responsibility entry. */
export function mixKinds(count: number): ('power' | 'responsibility' | 'service' | 'decision')[] {
  return Array.from({ length: count }, (_, i) => {
    const slot = i % MIX_BLOCK;
    if (slot === 0) return i + 1 < count ? 'power' : 'decision';
    if (slot === 1) return 'responsibility';
    return slot < 6 ? 'service' : 'decision';
  });
}

/** `count` synthetic entries of several kinds (so pages of several templates are built), each a file under content/. */
export function syntheticMix(count: number): SyntheticFile[] {
  let decisions = 0;
  let others = 0;
  return mixKinds(count).map((kind, i) => {
    const power = Math.floor(i / MIX_BLOCK);
    if (kind === 'decision') return syntheticDecision(decisions++);
    if (kind === 'power') return syntheticPower(power, others++);
    if (kind === 'responsibility') return syntheticResponsibility(power, others++);
    return syntheticService(power, (i % MIX_BLOCK) - 2, others++);
  });
}
