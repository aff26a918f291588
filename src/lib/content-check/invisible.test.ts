import { describe, expect, it } from 'vitest';
import { hasInvisible, invisibleIn, showInvisible } from './invisible.ts';

describe('invisible characters', () => {
  it('shows them as code points, so look-alike values differ visibly', () => {
    expect(showInvisible('P-001\u200B')).toBe('P-001⟨U+200B⟩');
    expect(showInvisible('测试\u202E批审')).toBe('测试⟨U+202E⟩批审');
    expect(showInvisible('a\tb\nc\u0007')).toBe('a⟨U+0009⟩b⟨U+000A⟩c⟨U+0007⟩');
  });

  it('leaves visible text alone, spaces of every kind included', () => {
    const text = '测试市 人民防空办公室\u3000（第一条）\u00A0 café 𠀀';
    expect(showInvisible(text)).toBe(text);
    expect(hasInvisible(text)).toBe(false);
    expect(invisibleIn(text)).toEqual([]);
  });

  it('names each distinct character once; tab and line feed are ordinary in values', () => {
    expect(invisibleIn('a\u200Bb\u200Bc\uFEFF\u00AD\u2066\u0085')).toEqual([
      'U+200B（零宽空格）',
      'U+FEFF（字节顺序标记 BOM）',
      'U+00AD（软连字符）',
      'U+2066（文字方向控制符）',
      'U+0085（控制字符）',
    ]);
    expect(hasInvisible('第一行\n\t第二行')).toBe(false);
    expect(hasInvisible('第一行\r\n第二行')).toBe(true);
  });
});
