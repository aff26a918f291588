import { describe, expect, it } from 'vitest';
import { normalise, originalRange } from './normalise.ts';

/** The normalised text, and the original text behind each of its characters. */
const view = (original: string) => {
  const normal = normalise(original);
  return { text: normal.text, sources: [...normal.text].map((_, index) => original.slice(...originalRange(normal, index, index + 1))) };
};

describe('the normalised view of a text', () => {
  it('leaves plain text as it is, without a map', () => {
    const normal = normalise('当事人于2025年5月擅自拆除密闭门。');
    expect(normal).toEqual({ text: '当事人于2025年5月擅自拆除密闭门。', starts: null, ends: null });
  });
  it('folds full-width characters and compatibility forms (NFKC)', () => {
    expect(normalise('１３８－１２３４（⽰例）').text).toBe('138-1234(示例)');
  });
  it('reads the digits of other scripts as digits, keeping offsets', () => {
    expect(normalise('手机١٣٩١٢٣٤٥٦٧٨').text).toBe('手机13912345678');
    expect(view('१३9 ۱۲۳').sources).toEqual(['१', '३', '9', ' ', '۱', '۲', '۳']);
    expect(view('१३9 ۱۲۳').text).toBe('139 123');
  });
  it('drops zero-width and soft characters', () => {
    expect(normalise('1\u200b3\u200c8\u200d1\u2060234\ufeff56\u00ad78').text).toBe('13812345678');
  });
  it('decodes HTML entities, named and numeric, to what they show', () => {
    expect(normalise('&#49;&#x33;8 &amp; &nbsp;&lt;b&gt; &#8203;&#42;').text).toBe('138 &  <b> *');
  });
  it('unwraps Markdown emphasis, code, strikethrough and inline HTML', () => {
    expect(normalise('1101**0519**4912_31_002X').text).toBe('11010519491231002X');
    expect(normalise('`138`~~1234~~<span class="x">5678</span>').text).toBe('13812345678');
    expect(normalise('***王小明***擅自').text).toBe('王小明擅自');
  });
  it('keeps a lone asterisk of a masked name or number', () => {
    expect(normalise('张*于2025年').text).toBe('张*于2025年');
    expect(normalise('手机 138****5678').text).not.toMatch(/13812345678|1385678\d/);
  });
  it('maps every normalised character back to what was typed', () => {
    expect(view('1&#49;\u200b３**4**')).toEqual({ text: '1134', sources: ['1', '&#49;', '３', '4'] });
    const original = '经查，王&#x5c0f;**明**擅自';
    const normal = normalise(original);
    const at = normal.text.indexOf('王小明');
    expect(original.slice(...originalRange(normal, at, at + 3))).toBe('王&#x5c0f;**明');
  });
});
