import { describe, expect, it } from 'vitest';
import { siteForm, siteWords, spellings } from './search-words.ts';

describe('siteForm', () => {
  it.each([
    ['警報試鳴', '警报试鸣'],
    ['防空地下室審批要什麼材料', '防空地下室审批要什么材料'],
    ['人防工程竣工驗收備案', '人防工程竣工验收备案'],
  ])('reads traditional characters as the pages write them: %s → %s', (typed, meant) => {
    expect(siteForm(typed)).toBe(meant);
  });
  it.each([
    ['人房工程报废', '人防工程报废'],
    ['仿空地下室审批', '防空地下室审批'],
  ])('mends a word typed with a wrong character of the same sound: %s → %s', (typed, meant) => {
    expect(siteForm(typed)).toBe(meant);
  });
  it.each([
    ['防空洞在哪里', '掩蔽工程在哪里'],
    ['人防易地费', '人防易地建设费'],
    ['第一次违法', '初次违法'],
    ['人防罚款标准', '人防裁量权基准'],
  ])('puts everyday words the pages never use in the pages’ words: %s → %s', (typed, meant) => {
    expect(siteForm(typed)).toBe(meant);
  });
  it('leaves letters, digits and the pages’ own words alone', () => {
    expect(siteForm('RF-XK-001 防空地下室')).toBe('RF-XK-001 防空地下室');
  });
});

describe('spellings', () => {
  it('gives each short or everyday form with the forms the pages use', () => {
    expect(spellings('拆除人防工程')).toEqual(['拆除人防工程', '拆除人民防空工程']);
    expect(spellings('人民防空')).toEqual(['人民防空']);
    expect(spellings('科室电话')).toEqual(['科室电话', '内设机构电话']);
    expect(spellings('人防办')).toContain('人民防空办公室');
  });
});

describe('siteWords', () => {
  it('keeps the site’s words whole where the browser’s dictionary cuts them', () => {
    expect(siteWords('人防易地建设费')).toEqual(['人防', '易地建设费']);
    expect(siteWords('哪位领导分管警报试鸣')).toContain('试鸣');
    expect(siteWords('人防办各科室电话').slice(0, 1)).toEqual(['人防办']);
  });
  it('cuts the rest as the browser does', () => {
    expect(siteWords('防空地下室审批材料')).toEqual(['防空', '地下室', '审批', '材料']);
  });
});
