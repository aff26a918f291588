import { describe, expect, it } from 'vitest';
import { chunksFor, decodeCbor, queryTerms } from './pagefind-chunks.ts';

/** A CBOR encoder for the test's metadata (definite lengths, as Pagefind writes them). */
function encode(value: unknown): number[] {
  const head = (major: number, length: number): number[] => {
    if (length < 24) return [(major << 5) | length];
    if (length < 0x100) return [(major << 5) | 24, length];
    if (length < 0x10000) return [(major << 5) | 25, length >> 8, length & 0xff];
    return [(major << 5) | 26, (length >>> 24) & 0xff, (length >> 16) & 0xff, (length >> 8) & 0xff, length & 0xff];
  };
  if (typeof value === 'number') return value >= 0 ? head(0, value) : head(1, -1 - value);
  if (typeof value === 'string') {
    const bytes = [...new TextEncoder().encode(value)];
    return [...head(3, bytes.length), ...bytes];
  }
  if (value instanceof Uint8Array) return [...head(2, value.length), ...value];
  if (Array.isArray(value)) return [...head(4, value.length), ...value.flatMap(encode)];
  throw new Error('not in the test encoder');
}

// Shaped as the sample site's pf_meta: version, pages, chunks (first word, last word, hash), filters, sorts, fields.
const meta = [
  '1.5.2',
  [['zh-cn_ca424ef', 417], ['zh-cn_17d7c2b', 1670]],
  [
    ['0', '不', 'zh-cn_8166a47'],
    ['与', '公', 'zh-cn_b3f0876'],
    ['六', '图', 'zh-cn_34d5115'],
    ['圈', '弃', 'zh-cn_ce73fac'],
    ['弄', '有', 'zh-cn_c2a64b5'],
    ['服', '的', 'zh-cn_6ebad3d'],
    ['益', '行', 'zh-cn_4bf1de8'],
    ['行\u200b', '除', 'zh-cn_38a47b4'],
    ['险', '＿', 'zh-cn_4554a34'],
  ],
  [['类别', 'zh-cn_d4bd95e']],
  [['date', [0, 10, 25, 300]]],
  ['date', 'title'],
];

describe('decodeCbor', () => {
  it('reads what Pagefind writes: strings, integers of every width, arrays', () => {
    expect(decodeCbor(Uint8Array.from(encode(meta)))).toEqual(meta);
    expect(decodeCbor(Uint8Array.from(encode([-5, 70000, 'é'])))).toEqual([-5, 70000, 'é']);
  });

  it('says so when the bytes end early or hold what it does not read', () => {
    expect(() => decodeCbor(Uint8Array.from([0x82, 0x01]))).toThrow('unexpected end');
    expect(() => decodeCbor(Uint8Array.from([0xf9, 0x3c, 0x00]))).toThrow('unsupported');
  });
});

describe('queryTerms', () => {
  it('takes Chinese characters one by one and letters and digits as words, lower-cased', () => {
    expect(queryTerms('易地建设费 RF-ZS-001')).toEqual(['易', '地', '建', '设', '费', 'rf', 'zs', '001']);
    expect(queryTerms('防空 防空')).toEqual(['防', '空']);
    expect(queryTerms('？！')).toEqual([]);
  });
});

describe('chunksFor', () => {
  it('names each chunk whose word range holds a term, once', () => {
    // 易 and 有 in 弄…有; 地 and 建 in 圈…弃; 设 and 费 in 行​…除 (as Pagefind fetched for this query).
    expect(chunksFor(meta, queryTerms('易地建设费')).sort()).toEqual(['zh-cn_38a47b4', 'zh-cn_c2a64b5', 'zh-cn_ce73fac']);
    expect(chunksFor(meta, ['2025'])).toEqual(['zh-cn_8166a47']);
  });

  it('names none for metadata of another shape', () => {
    expect(chunksFor({}, ['易'])).toEqual([]);
    expect(chunksFor(['1.5.2', [], [['易', 1]]], ['易'])).toEqual([]);
  });
});
