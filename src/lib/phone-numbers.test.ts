import { describe, expect, it } from 'vitest';
import { phoneNumbers } from './phone-numbers.ts';

describe('phoneNumbers', () => {
  it('gives one link for one number', () => {
    expect(phoneNumbers('0999-12345600')).toEqual([{ text: '0999-12345600', href: 'tel:0999-12345600' }]);
  });

  it('splits two numbers written with 、 into two dialable links', () => {
    expect(phoneNumbers('0999-12345678、12345')).toEqual([
      { text: '0999-12345678', href: 'tel:0999-12345678' },
      { text: '12345', href: 'tel:12345' },
    ]);
  });

  it('splits on full-width and ASCII commas, with spaces around', () => {
    expect(phoneNumbers('0999-1111111 ， 0999-2222222,12345').map((n) => n.href)).toEqual([
      'tel:0999-1111111',
      'tel:0999-2222222',
      'tel:12345',
    ]);
  });

  it('dials an extension after a pause and shows it as written', () => {
    expect(phoneNumbers('0999-12345678转801')).toEqual([{ text: '0999-12345678转801', href: 'tel:0999-12345678,801' }]);
  });

  it('turns full-width digits, brackets and long dashes into dialable ones', () => {
    expect(phoneNumbers('（０９９９）—１２３４５６７８')).toEqual([{ text: '（０９９９）—１２３４５６７８', href: 'tel:0999-12345678' }]);
  });

  it('keeps a leading + of an international number', () => {
    expect(phoneNumbers('+86 999 12345678')[0]!.href).toBe('tel:+8699912345678');
  });

  it('gives nothing for text without digits', () => {
    expect(phoneNumbers('、 ，')).toEqual([]);
  });
});
