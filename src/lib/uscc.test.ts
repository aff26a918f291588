import { describe, expect, it } from 'vitest';
import { isValidUscc, usccCheckChar } from './uscc.ts';

describe('统一社会信用代码', () => {
  it('accepts codes whose check character is right', () => {
    expect(isValidUscc('11990100MB1234567F')).toBe(true);
    expect(isValidUscc('12990100MB2345678X')).toBe(true);
    expect(isValidUscc('91350100M000100Y43')).toBe(true); // published as the GB 32100 worked example
  });
  it('rejects a wrong check character, a wrong length and forbidden letters', () => {
    expect(isValidUscc('11990100MB1234567A')).toBe(false);
    expect(isValidUscc('11990100MB123456F')).toBe(false);
    expect(isValidUscc('11990100MI1234567F')).toBe(false);
  });
  it('computes the check character', () => {
    expect(usccCheckChar('11990100MB1234567')).toBe('F');
  });
});
