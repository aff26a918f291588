// excerptSpan reads a long sentence only as far as the excerpt could reach: on seeded random texts
// (short and long sentences, Chinese full stops, Pagefind's ". " joins) it gives the span the
// unbounded reading gave, kept here as the reference.
import { describe, expect, it } from 'vitest';
import { excerptSpan } from './search-query.ts';
import { seededRandom } from '../../tests/fixtures/seeded-random.ts';

const SENTENCE_END = /[。；！？!?;\n]/;

/** The reading before the bound: every sentence end looked for, however far. */
function unboundedSpan(text: string, at: number, size: number, length: number): { start: number; end: number } {
  const isEnd = (i: number) => SENTENCE_END.test(text[i] ?? '') || text.startsWith('. ', i);
  const endAt = (i: number) => (text.startsWith('. ', i) ? i : i + 1);
  let start = at;
  while (start > 0 && !isEnd(start - 1) && !text.startsWith('. ', start - 2)) start -= 1;
  let end = at + size;
  while (end < text.length && !isEnd(end)) end += 1;
  end = Math.min(text.length, endAt(end));
  const skip = (i: number) => (text.startsWith('. ', i) ? i + 2 : i);
  for (let next = skip(end); next < text.length; next = skip(end)) {
    let stop = next;
    while (stop < text.length && !isEnd(stop)) stop += 1;
    stop = Math.min(text.length, endAt(stop));
    if (stop - start > length) break;
    end = stop;
  }
  while (start > 0) {
    let from = start - 1;
    if (text.startsWith('. ', from - 1)) from -= 1;
    from -= 1;
    while (from > 0 && !isEnd(from - 1) && !text.startsWith('. ', from - 2)) from -= 1;
    if (end - Math.max(0, from) > length) break;
    start = Math.max(0, from);
  }
  if (end - start > length * 2) {
    start = Math.max(start, Math.min(at - Math.floor((length - size) / 3), end - length));
    end = Math.min(end, start + length);
  }
  return { start, end };
}

/** Sentences of 0 to `longest` characters, ended by 。, ；, ". ", "!" or nothing. */
function randomText(next: () => number, longest: number): string {
  const ends = ['。', '；', '. ', '!', '', '.', ' '];
  let text = '';
  const sentences = 1 + Math.floor(next() * 12);
  for (let i = 0; i < sentences; i += 1) {
    const size = Math.floor(next() * next() * longest);
    for (let j = 0; j < size; j += 1) text += '甲乙丙丁a1 .'[Math.floor(next() * 9)];
    text += ends[Math.floor(next() * ends.length)];
  }
  return text;
}

describe('the span of an excerpt', () => {
  it('is the one the unbounded reading gives, for short and very long sentences', () => {
    const next = seededRandom(20261201);
    let long = 0;
    for (let round = 0; round < 4000; round += 1) {
      const text = randomText(next, round % 4 === 0 ? 3000 : 120);
      if (text.length === 0) continue;
      const length = 5 + Math.floor(next() * 100);
      const size = 1 + Math.floor(next() * 6);
      const at = Math.floor(next() * Math.max(1, text.length - size));
      const expected = unboundedSpan(text, at, size, length);
      if (expected.end - expected.start >= length && expected.start > 0) long += 1;
      expect(excerptSpan(text, at, size, length), `round ${round}`).toEqual(expected);
    }
    // The table reached the case the bound is for.
    expect(long).toBeGreaterThan(100);
  });

  it('holds a match in a sentence of a million characters', () => {
    const text = `开头。${'甲'.repeat(500_000)}防空地下室${'乙'.repeat(500_000)}。结尾`;
    const at = text.indexOf('防空地下室');
    const span = excerptSpan(text, at, 5, 80);
    expect(span).toEqual(unboundedSpan(text, at, 5, 80));
    expect(span.start).toBeLessThanOrEqual(at);
    expect(span.end).toBeGreaterThanOrEqual(at + 5);
    expect(span.end - span.start).toBe(80);
  });
});
