import { describe, expect, it } from 'vitest';
import { MANY, MAX_HOLDERS, SHARD_BYTES, codeCandidates, codeKeys, codeShards, pageKeys, shardOf, type CodeShard, type Holders } from './search-codes.ts';
import { codePosition, codeWords, holdsCode, lookupOf } from './search-lookup.ts';
import { codeTokens } from './search-query.ts';

/** Text as Pagefind stores it: one word per Chinese character, words joined by U+200B. */
const pagefindText = (text: string) => (text.match(/\p{Script=Han}|[^\p{Script=Han}\s]+|\s+/gu) ?? []).join('\u200b');

/** Every shard's keys looked up as the search page does. */
function lookUpIn(shards: CodeShard[]): (key: string) => Promise<Holders | undefined> {
  return async (key) => {
    const shard = shards[shardOf(key, shards.length)] as CodeShard;
    return Object.hasOwn(shard, key) ? shard[key] : undefined;
  };
}

describe('keys', () => {
  it('takes each run of letters and digits with a digit, of three characters or more, in lower case', () => {
    const text = pagefindText('示防罚决〔２０２６〕2166号 执法证号 99010021005，编码 RF-XK-009，邮编 990100，2026-03-15，第 12 条，ABC');
    expect(pageKeys(text)).toEqual(['2026', '2166', '99010021005', '009', '990100']);
  });

  it('reads a code as the search page runs it: the same keys from what was typed, however it was typed', () => {
    for (const typed of ['示防罚决〔2026〕2166号', '示防罚决[2026]2166号', '示防罚决（２０２６）２１６６号']) expect(codeKeys(codeTokens(typed)).sort()).toEqual(['2026', '2166']);
    expect(codeKeys('rf-xk-009')).toEqual(['009']);
    expect(codeKeys('11990100MB1234567F/2025-00999')).toEqual(['11990100mb1234567f', '2025', '00999']);
    expect(codeKeys('RF-XK-1')).toEqual([]);
  });

  it('matches codes whatever their letter case, and whole', () => {
    expect(holdsCode(pagefindText('实施编码 RF-XK-009 行政许可'), codeTokens('rf-xk-009'))).toBe(true);
    expect(holdsCode(pagefindText('统一社会信用代码 12990100MB2345678X'), codeTokens('12990100mb2345678x'))).toBe(true);
    expect(holdsCode(pagefindText('编码 RF-XK-0091'), codeTokens('RF-XK-009'))).toBe(false);
  });

  it('says where a code first occurs, as an offset in the text', () => {
    const officer = pagefindText('执法证号 99010021005');
    expect(codePosition(officer, '99010021005')).toBe(officer.indexOf('99010021005'));
    expect(codePosition(pagefindText('99010021005 张'), '99010021005')).toBe(0);
    const twice = pagefindText('文号 示防罚决〔2026〕2166号，又见示防罚决〔2026〕2166号');
    expect(codePosition(twice, codeTokens('示防罚决〔2026〕2166号'))).toBe(twice.indexOf('示'));
    expect(codePosition(pagefindText('示防罚决〔2026〕21661号'), codeTokens('示防罚决〔2026〕2166号'))).toBe(-1);
    expect(codePosition(pagefindText('示防罚决〔2026〕21661号；示防罚决〔2026〕2166号'), codeTokens('示防罚决〔2026〕2166号'))).toBeGreaterThan(0);
  });

  it('answers a repeated look-up in the same text as the first, for each code', () => {
    const list = pagefindText('示防罚决〔2026〕2165号；示防罚决〔2026〕2166号；示防罚决〔2026〕2167号');
    const codes = ['示防罚决〔2026〕2166号', '示防罚决〔2026〕2167号', '示防罚决〔2026〕2168号', '2166', '2165'].map(codeTokens);
    const first = codes.map((code) => codePosition(list, code));
    expect(first[0]).toBeLessThan(first[1] as number);
    expect(first[2]).toBe(-1);
    expect(codes.map((code) => codePosition(list, code))).toEqual(first);
    expect(codes.map((code) => codePosition(`${list}`, code))).toEqual(first);
  });

  it('holds a code exactly when the text, split into words, has its words in a row (seeded random texts)', () => {
    // The reference: the text as codeWords splits it, searched as a string of words.
    const reference = (content: string, tokens: string) => ` ${codeWords(content).join(' ')} `.includes(` ${codeWords(tokens).join(' ')} `);
    const pieces = ['示', '防', '罚', '决', '许', '号', '〔', '〕', '[', ']', '（', '）', '2026', '2166', '21', '66', '0', 'RF', 'rf', 'XK', '-', '/', ' ', '\u200b', '，', 'Ａ', '２', 'a', '𠀋'];
    const codes = ['示防罚决〔2026〕2166号', '防罚决[2026]2166号', 'RF-XK-2166', '2026-2166', '2166', '决2166号', 'a2166'];
    let seed = 20261201;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    let held = 0;
    for (let round = 0; round < 3000; round += 1) {
      const code = codes[Math.floor(next() * codes.length)] as string;
      const parts = Array.from({ length: Math.floor(next() * 12) }, () => pieces[Math.floor(next() * pieces.length)] as string);
      parts.splice(Math.floor(next() * (parts.length + 1)), 0, ...(next() < 0.5 ? [code] : []));
      const text = parts.join(next() < 0.5 ? '' : '\u200b');
      const tokens = codeTokens(code);
      const expected = reference(text, tokens);
      if (expected) held += 1;
      expect(codePosition(text, tokens) >= 0, `${JSON.stringify(text)} holds ${code}`).toBe(expected);
    }
    // Both answers occur often enough to mean something.
    expect(held).toBeGreaterThan(500);
    expect(held).toBeLessThan(2500);
  });
});

describe('shards', () => {
  const pages = Array.from({ length: 60 }, (_, at) => ({ id: `zh-cn_${at.toString(16).padStart(7, '0')}`, keys: [`${1000 + at}`, '2026', ...(at % 2 === 0 ? ['88888888'] : [])] }));

  it('lists each key under its shard with its pages in index order, and a key on many pages as MANY', () => {
    const shards = codeShards(pages);
    const holders = lookUpIn(shards);
    return Promise.all([
      expect(holders('1007')).resolves.toEqual(['zh-cn_0000007']),
      expect(holders('2026')).resolves.toBe(MANY),
      expect(holders('88888888')).resolves.toBe(MANY),
      expect(holders('4242')).resolves.toBeUndefined(),
    ]);
  });

  it('keeps a key on exactly MAX_HOLDERS pages, in order', async () => {
    const few = Array.from({ length: MAX_HOLDERS }, (_, at) => ({ id: `p${at}`, keys: ['123456'] }));
    expect(await lookUpIn(codeShards(few))('123456')).toEqual(few.map((page) => page.id));
    expect(await lookUpIn(codeShards([...few, { id: 'last', keys: ['123456'] }]))('123456')).toBe(MANY);
  });

  it('splits into a power of two of shards near SHARD_BYTES each, every key in the shard its hash names', () => {
    const many = Array.from({ length: 5000 }, (_, at) => ({ id: `zh-cn_${at.toString(16).padStart(7, '0')}`, keys: [`${100000 + at}`, `${200000 + at}`] }));
    const shards = codeShards(many);
    expect(Math.log2(shards.length) % 1).toBe(0);
    expect(shards.length).toBeGreaterThan(1);
    const sizes = shards.map((shard) => JSON.stringify(shard).length);
    expect(Math.max(...sizes)).toBeLessThan(SHARD_BYTES * 2);
    for (const [at, shard] of shards.entries()) for (const key of Object.keys(shard)) expect(shardOf(key, shards.length)).toBe(at);
    expect(codeShards([])).toEqual([{}]);
  });

  it('hashes the same on every run and spreads keys over the shards', () => {
    expect(shardOf('2166', 64)).toBe(shardOf('2166', 64));
    const used = new Set(Array.from({ length: 2000 }, (_, at) => shardOf(`${at}`, 64)));
    expect(used.size).toBe(64);
  });
});

describe('candidates', () => {
  const shards = codeShards([
    { id: 'a', keys: ['2026', '2166'] },
    { id: 'b', keys: ['2026', '2167'] },
    { id: 'c', keys: ['2025', '2166'] },
    ...Array.from({ length: MAX_HOLDERS }, (_, at) => ({ id: `x${at}`, keys: ['2026', '2025'] })),
  ]);

  it('gives the pages listed under every narrow key, in index order', async () => {
    expect(await codeCandidates(['2026', '2166'], lookUpIn(shards))).toEqual({ kind: 'candidates', ids: ['a', 'c'] });
    expect(await codeCandidates(['2166', '2167'], lookUpIn(shards))).toEqual({ kind: 'candidates', ids: [] });
  });

  it('says none when one key is on no page, and unknown when every key is on many', async () => {
    expect(await codeCandidates(['2026', '9999'], lookUpIn(shards))).toEqual({ kind: 'none' });
    expect(await codeCandidates(['2026', '2025'], lookUpIn(shards))).toEqual({ kind: 'unknown' });
    expect(await codeCandidates([], lookUpIn(shards))).toEqual({ kind: 'unknown' });
  });

  it('finds exactly the pages holding a code in a table of pages, codes and look-alikes', async () => {
    const texts = [
      '行政处罚决定书 示防罚决〔2026〕2166号 罚款 5000 元',
      '示防罚决〔2026〕21660号',
      '示防许〔2026〕2166号 准予许可',
      '执法证号 99010021005 状态 有效',
      '执法人员 99010021006；邮编 990100',
      '实施编码 RF-XK-009-01',
      '索引号 11990100MB1234567F/2026-00042',
      '统一社会信用代码 12990100MB2345678X 单位名称 百汇北岸',
    ].map(pagefindText);
    const index = codeShards(texts.map((text, at) => ({ id: `p${at}`, keys: pageKeys(text) })));
    const queries = ['示防罚决〔2026〕2166号', '示防许〔2026〕2166号', '防罚决〔2026〕2166号', '99010021005', '99010021007', '990100', 'RF-XK-009-01', 'rf-xk-009-01', 'RF-XK-009-02', '11990100MB1234567F/2026-00042', '11990100MB1234567F/2026-00043', '12990100MB2345678X'];
    for (const query of queries) {
      expect(lookupOf(query), query).not.toBeNull();
      const tokens = codeTokens(query);
      const expected = texts.flatMap((text, at) => (holdsCode(text, tokens) ? [`p${at}`] : []));
      const found = await codeCandidates(codeKeys(tokens), lookUpIn(index));
      const held = found.kind === 'candidates' ? found.ids.filter((id) => holdsCode(texts[Number(id.slice(1))] ?? '', tokens)) : found.kind === 'none' ? [] : null;
      expect(held, query).toEqual(expected);
    }
  });
});
