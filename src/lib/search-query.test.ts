import { expect, it } from 'vitest';
import { normaliseQuery } from './search-query.ts';

it('folds full-width digits, letters and brackets into their half-width forms', () => {
  expect(normaliseQuery('ＲＦ－ＸＫ－００１')).toBe('RF-XK-001');
  expect(normaliseQuery('（２０２５）')).toBe('(2025)');
  expect(normaliseQuery('  防空　地下室 ')).toBe('防空 地下室');
  // 〔〕 in 文号 have no half-width form and stay as they are.
  expect(normaliseQuery('示防罚决〔２０２５〕1号')).toBe('示防罚决〔2025〕1号');
});
