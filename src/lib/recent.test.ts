import { expect, it } from 'vitest';
import { recent } from './recent.ts';

it('computes each text once while it is among the last few used, then again', () => {
  const seen: string[] = [];
  const length = recent(2, (text) => {
    seen.push(text);
    return text.length;
  });
  expect([length('a'), length('bb'), length('a'), length('ccc'), length('a'), length('bb')]).toEqual([1, 2, 1, 3, 1, 2]);
  // 'bb' was the least recently used when 'ccc' came, so it is computed again.
  expect(seen).toEqual(['a', 'bb', 'ccc', 'bb']);
});

it('remembers an answer that is undefined', () => {
  let calls = 0;
  const nothing = recent(1, () => {
    calls += 1;
    return undefined;
  });
  nothing('x');
  nothing('x');
  expect(calls).toBe(1);
});
