import { expect, it } from 'vitest';
import { recent } from './recent.ts';

it('computes each text once while it is among those used last, then again', () => {
  const seen: string[] = [];
  // Room for three characters of text.
  const length = recent((text) => {
    seen.push(text);
    return text.length;
  }, 3);
  expect([length('a'), length('bb'), length('a'), length('c'), length('a'), length('bb')]).toEqual([1, 2, 1, 1, 1, 2]);
  // 'bb' was the least recently used when 'c' came, so it is computed again.
  expect(seen).toEqual(['a', 'bb', 'c', 'bb']);
});

it('counts characters, not texts: many short texts are kept beside a long one', () => {
  const seen: string[] = [];
  const upper = recent((text) => {
    seen.push(text);
    return text.toUpperCase();
  }, 1000);
  const short = Array.from({ length: 40 }, (_, at) => `p${at}`);
  const long = 'x'.repeat(800);
  for (let round = 0; round < 2; round += 1) for (const text of [long, ...short]) upper(text);
  expect(seen).toHaveLength(41);
  // Past the budget the oldest go first, the newest always stays.
  upper('y'.repeat(5000));
  upper(long);
  expect(seen).toHaveLength(43);
  upper('y'.repeat(5000));
  expect(seen).toHaveLength(44);
});

it('remembers an answer that is undefined', () => {
  let calls = 0;
  const nothing = recent(() => {
    calls += 1;
    return undefined;
  }, 1);
  nothing('x');
  nothing('x');
  expect(calls).toBe(1);
});
