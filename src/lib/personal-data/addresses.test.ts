import { describe, expect, it } from 'vitest';
import { findAddresses } from './addresses.ts';
import { findPersonalData } from '../personal-data.ts';

const found = (text: string) => findAddresses(text).map((hit) => hit.value);

describe('home addresses of natural persons', () => {
  it('finds an address after the words that introduce one', () => {
    expect(found('当事人王某，男，住址：示例市东区和平路12号3单元501室，于2025年…')).toEqual(['示例市东区和平路12号3单元501室']);
    expect(found('张某家住示例县城关镇新村8组。')).toEqual(['示例县城关镇新村8组']);
    expect(found('户籍所在地为示例省示例市')).toEqual(['示例省示例市']);
  });

  it('leaves a company’s registered office, hidden addresses and words without a place alone', () => {
    expect(found('住所：示例市东区和平路1号')).toEqual([]);
    expect(found('住址：略。住址不详。住址：示例市**路。住址为某某路某号')).toEqual([]);
    expect(found('核实其住址情况，')).toEqual([]);
  });

  it('is reported only where parties are named', () => {
    const text = '当事人李某，住址：示例市东区和平路12号。';
    expect(findPersonalData(text).map((hit) => hit.kind)).toEqual([]);
    expect(findPersonalData(text, { names: true }).map((hit) => hit.kind)).toEqual(['自然人住址']);
  });
});
