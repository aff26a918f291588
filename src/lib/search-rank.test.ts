import { describe, expect, it } from 'vitest';
import { spellings, bigrams, byCoverage, contentPieces, holdsCode, lookupOf, rankWeight, rerank, wholeWords, LIST_BADGE, type Candidate, type RankRules } from './search-rank.ts';
import { ASKS_FINE, ASKS_LENIENT, ASKS_WHO } from './search-words.ts';

/** Standings as kind records declare them (src/kinds/), and the office's names from its site.yaml. */
const RULES: RankRules = {
  kinds: {
    services: { weight: 3, answers: [{ asks: /怎么申请|多久|材料/, weight: 2 }] },
    powers: { weight: -1 },
    responsibilities: { weight: -2 },
    lenientMeasures: { weight: -1, answers: [{ ...ASKS_LENIENT, weight: 4 }] },
    leaders: { answers: [{ ...ASKS_WHO, weight: 5 }] },
    orgUnits: { answers: [{ asks: /电话|地址/, weight: 5 }] },
    fees: { answers: [{ asks: /多少钱|收费/, unless: /罚/, weight: 3 }] },
    discretionStandards: { answers: [{ ...ASKS_FINE, weight: 3 }] },
  },
  officeNames: ['示例市人民防空办公室', '示例市'],
};

describe('questions', () => {
  it('knows 人防 is how people write 人民防空', () => {
    expect(spellings('拆除人防工程')).toEqual(['拆除人防工程', '拆除人民防空工程']);
    expect(spellings('人民防空')).toEqual(['人民防空']);
  });
  it('sets question words aside, keeping the pieces that name something', () => {
    expect(contentPieces('防空地下室审批要多久')).toEqual(['防空地下室审批']);
    expect(contentPieces('对处罚不服怎么办')).toEqual(['对处罚不服']);
    expect(contentPieces('警报试鸣什么时候')).toEqual(['警报试鸣']);
    expect(contentPieces('防空地下室竣工验收要带什么材料')).toEqual(['防空地下室竣工验收', '材料']);
  });
  it('sets aside filler characters standing as words, but not inside a word', () => {
    expect(contentPieces('分管人防工程的领导是谁')).toEqual(['分管人防工程', '领导']);
    expect(contentPieces('人防办各科室电话')).toEqual(['人防办', '科室电话']);
    expect(contentPieces('了解人防知识')).toEqual(['了解人防知识']);
    expect(contentPieces('兼顾人防要求')).toEqual(['兼顾人防要求']);
  });
  it('sets aside a lone character beside a question word, and says one-character verbs as the pages do', () => {
    expect(contentPieces('查一下执法人员证件')).toEqual(['执法人员证件']);
    expect(contentPieces('人防罚款不服可以复议吗')).toEqual(['人防罚款不服', '复议']);
    expect(contentPieces('人防易地建设费交多少')).toEqual(['人防易地建设费缴纳']);
    expect(contentPieces('人防工程能拆吗')).toEqual(['人防工程', '拆除']);
    expect(contentPieces('警报响了怎么办')).toEqual(['警报']);
  });
  it('keeps single characters the dictionary leaves with their neighbours', () => {
    expect(wholeWords('人防工程进水')).toEqual(['人防工程', '进水']);
    expect(wholeWords('人防易地建设费')).toEqual(['人防', '易地建设费']);
  });
  it('cuts a piece into the two characters that stand together', () => {
    expect(bigrams('人防易地')).toEqual(['人防', '防易', '易地']);
    expect(bigrams('防')).toEqual([]);
  });
  it('orders pages by how much of the question they hold, leaving out those with less than half', () => {
    const at = (...found: [string, number][]) => new Map(found);
    const pieces = [{ whole: at(['a', 0]), pairs: [at(['a', 0], ['b', 50], ['c', 50]), at(['a', 1], ['b', 51]), at(['a', 2], ['d', 9])] }];
    // a: whole; b: 2 of 3 pairs; c, d: 1 of 3 — under half.
    expect(byCoverage(['d', 'c', 'b', 'a'], [pieces])).toEqual(['a', 'b']);
    // b and c hold as much; c holds it in its title.
    const loose = [{ whole: at(), pairs: [at(['b', 40], ['c', 3]), at(['b', 41], ['c', 4]), at(['d', 0])] }];
    expect(byCoverage(['d', 'b', 'c'], [loose])).toEqual(['c', 'b']);
    expect(byCoverage(['x'], [loose])).toEqual([]);
    // 人防 (one pair) or 人民防空 (three): a page holding the long form whole comes first.
    const spelled = [[{ whole: at(), pairs: [at(['s', 0])] }, { whole: at(['l', 5]), pairs: [at(['l', 5]), at(['l', 6]), at(['l', 7])] }]];
    expect(byCoverage(['s', 'l'], spelled)).toEqual(['l', 's']);
  });
});

describe('what the visitor came for', () => {
  const page = (url: string, title: string, kind = '服务指南', filters: Record<string, string[]> = {}, kindKey?: string): Candidate => ({ url, title, kind, filters, ...(kindKey && { kindKey }) });
  const power = page('/powers/RF-XK-002/', '防空地下室易地修建审批', '权力清单', {}, 'powers');
  const responsibility = page('/responsibilities/RF-XK-002/', '防空地下室易地修建审批责任清单', '责任清单', {}, 'responsibilities');
  const guide = page('/services/RF-XK-002-01/', '防空地下室易地修建审批', '服务指南', {}, 'services');
  it('puts the service guide before the power and responsibility it implements', () => {
    expect(rerank([power, responsibility, page('/documents/X/', '某通知', '政策文件'), guide], '易地修建怎么申请', RULES)[0]).toBe(guide);
  });
  it('puts an entry before the list it sits in', () => {
    const list = page('/enforcement/lenient/', '包容审慎监管“三张清单”', LIST_BADGE, {}, 'lenientMeasures');
    const entry = page('/enforcement/lenient/JQ-001/', '减轻处罚：侵占人防工程', '执法公示', {}, 'lenientMeasures');
    expect(rerank([list, entry], '减轻处罚', RULES)).toEqual([entry, list]);
  });
  it('puts a document in force before a repealed or revised one, and an exact title first', () => {
    const old = page('/documents/GF-2019-01/', '示例市人民防空工程建设管理办法', '政策文件', { 有效性: ['已修订'] });
    const current = page('/documents/GF-2024-01/', '示例市人民防空工程建设管理办法（2024年修订）', '政策文件', { 有效性: ['有效'] });
    expect(rerank([old, current], '人防工程建设管理办法', RULES)).toEqual([current, old]);
    expect(rankWeight(old, '示例市人民防空工程建设管理办法', RULES)).toBeGreaterThan(rankWeight(current, '示例市人民防空工程建设管理办法', RULES));
    expect(rankWeight(power, '防空地下室易地修建审批', RULES)).toBeGreaterThan(rankWeight(guide, '易地修建', RULES));
  });
});

describe('what the question words ask for', () => {
  const page = (url: string, title: string, kind = '服务指南', kindKey?: string): Candidate => ({ url, title, kind, filters: {}, ...(kindKey && { kindKey }) });
  const leader = page('/org/leaders/LD-01/', '李明远（党组书记、主任）', '机构信息', 'leaders');
  const guide = page('/services/RF-XK-003-02/', '拆除人民防空工程审批', '服务指南', 'services');
  it('puts a person first for who, a unit for a phone number', () => {
    expect(rerank([guide, leader], '人防办主任是谁', RULES)[0]).toBe(leader);
    const units = page('/org/units/', '内设机构', LIST_BADGE, 'orgUnits');
    const openGuide = { ...page('/guide/', '政府信息公开指南', '信息公开指南'), weight: 3 };
    expect(rerank([guide, openGuide, units], '人防办电话多少', RULES).slice(0, 2)).toContain(units);
  });
  it('puts the fee before the guide for how much, the penalty before the exception for how one is fined', () => {
    const fee = page('/fees/SF-002/', '人民防空工程拆除补偿费', '收费目录', 'fees');
    expect(rerank([guide, fee], '拆除人防工程补偿多少钱', RULES)[0]).toBe(fee);
    const power = page('/powers/RF-CF-002/', '对侵占人民防空工程、擅自拆除人民防空工程等行为的行政处罚', '权力清单', 'powers');
    const lenient = page('/enforcement/lenient/JQ-001/', '侵占人民防空工程（单位）', '执法公示', 'lenientMeasures');
    expect(rerank([lenient, power], '侵占人防工程怎么罚', RULES)[0]).toBe(power);
    expect(rerank([power, lenient], '第一次违法会不会罚', RULES)[0]).toBe(lenient);
  });
  it('puts the list first when a list is asked for', () => {
    const list = page('/registry/', '人防行业单位名录', LIST_BADGE);
    const entry = page('/registry/91970200MA6BL7D9U0/', '北岭省人防工程监理有限公司', '行业单位名录');
    expect(rerank([entry, list], '人防监理公司有哪些', RULES)[0]).toBe(list);
    expect(rerank([entry, list], '人防监理公司', RULES)[0]).toBe(entry);
  });
  it('finds a document by its name without its version note, the one in force first', () => {
    const current = page('/documents/GF-2026-01/', '示例市人民防空工程平时使用管理办法（2026年修订）', '政策文件');
    const decision = page('/decisions/JC-2026-01/', '修订《示例市人民防空工程平时使用管理办法》', '重大行政决策');
    expect(rerank([decision, current], '人防工程平时使用管理办法', RULES)[0]).toBe(current);
  });
  it('puts the title holding the year asked for first', () => {
    const y2025 = page('/alarm-tests/JB-2025/', '2025年防空警报试鸣公告', '防空警报试鸣');
    const y2026 = page('/alarm-tests/JB-2026/', '2026年防空警报试鸣公告', '防空警报试鸣');
    expect(rerank([y2026, y2025], '2025年警报试鸣', RULES)[0]).toBe(y2025);
  });
  it('counts a question once for a page that answers it two ways (its kind, its title)', () => {
    const withWord = page('/enforcement/discretion/CL-002/', '侵占人防工程罚款裁量基准', '执法公示', 'discretionStandards');
    const without = page('/enforcement/discretion/CL-003/', '侵占人防工程裁量基准', '执法公示', 'discretionStandards');
    const noKind = page('/enforcement/discretion/CL-003/', '侵占人防工程裁量基准', '执法公示');
    expect(rankWeight(withWord, '侵占人防工程罚多少', RULES)).toBe(rankWeight(without, '侵占人防工程罚多少', RULES));
    expect(rankWeight(without, '侵占人防工程罚多少', RULES) - rankWeight(noKind, '侵占人防工程罚多少', RULES)).toBe(3);
  });
  it('knows a page only by what the rules say of its kind, not by its address', () => {
    const guideElsewhere = page('/banshi/RF-XK-002-01/', '防空地下室易地修建审批', '服务指南', 'services');
    const unknown = page('/services/RF-XK-002-01/', '防空地下室易地修建审批', '服务指南');
    expect(rankWeight(guideElsewhere, '易地修建怎么申请', RULES) - rankWeight(unknown, '易地修建怎么申请', RULES)).toBe(3 + 2);
  });
  it('takes the office’s names from the rules', () => {
    const doc = page('/documents/GF-1/', '样例县人民防空办公室工程管理办法', '政策文件');
    const other: RankRules = { kinds: {}, officeNames: ['样例县人民防空办公室', '样例县'] };
    expect(rankWeight(doc, '工程管理办法', other) - rankWeight(doc, '工程管理办法', RULES)).toBe(15 - 2);
  });
});

describe('look-ups that name one page or none', () => {
  it('knows a number from words', () => {
    expect(lookupOf('99010021999')?.notFound).toBe('未查到执法证号 99010021999 的执法人员，请核对号码；证件状态以本页为准。');
    expect(lookupOf('示防罚决〔2025〕9号')?.label).toBe('文号');
    expect(lookupOf('示防罚决[2025]9号')?.label).toBe('文号');
    expect(lookupOf('RF-XK-009')?.label).toBe('编码');
    expect(lookupOf('RF-XK-001-01')?.label).toBe('编码');
    expect(lookupOf('11990100MB1234567F/2025-00999')?.label).toBe('索引号');
    expect(lookupOf('12990100MB2345678X')?.label).toBe('统一社会信用代码');
    expect(lookupOf('防空地下室')).toBeNull();
    expect(lookupOf('2025')).toBeNull();
    expect(lookupOf('000183001099')?.notFound).toBe('未查到编号 000183001099 的事项、人员或文件，请核对号码。');
  });
  it('finds a code only as whole words, never inside a longer number', () => {
    expect(holdsCode('执法证号\u200b 99010021005 状态', '99010021005')).toBe(true);
    expect(holdsCode('邮编 990100 电话 99010021', '99010021999')).toBe(false);
    expect(holdsCode('编码 000183001000', '001')).toBe(false);
    expect(holdsCode('示\u200b防\u200b罚\u200b决〔２０２５〕1号', '示 防 罚 决 2025 1 号')).toBe(true);
  });
});
