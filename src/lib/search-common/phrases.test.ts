import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { parseFragment } from './format.ts';
import { wordString } from './phrases.ts';
import { readableText } from '../search-query.ts';

/** wordString as first written: split into words, each lower-cased and stripped of what is not a letter or digit. */
function reference(content: string): string {
  return content
    .split('\u200b')
    .map((word) => {
      const bare = word.length === 1 ? word : word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
      return bare.length === 1 && /^\p{Script=Han}$/u.test(bare) ? bare : '\u0001';
    })
    .join('');
}

it('reads a real fragment as the plain reading does', () => {
  const data = parseFragment(gunzipSync(readFileSync(new URL('fixtures/zh-cn_17d7c2b.pf_fragment', import.meta.url))).toString('utf8'));
  expect(wordString(data.content)).toBe(reference(data.content));
  expect(wordString(data.content).length).toBe(data.content.split('\u200b').length);
});

it('reads every kind of word as the plain reading does (seeded random texts)', () => {
  const pieces = ['防', '空', '〇', '㐀', '豈', '𠀋', '⽣', '⺀', '々', '😀', 'A', 'İ', 'ß', 'Σ', '1', '２', '٣', '，', '。', ' ', '\n', '(', '\u0301', '\ud800', '\udc00', '\u200b', '\u200b', '\u200b', '\u0001'];
  let seed = 20261201;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  for (let round = 0; round < 5000; round += 1) {
    const text = Array.from({ length: Math.floor(next() * 16) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
    expect(wordString(text), JSON.stringify(text)).toBe(reference(text));
  }
  expect(wordString('')).toBe('\u0001');
  expect(wordString('防\u200b空')).toBe('防空');
  // A radical is a word on its own, and dropped like punctuation inside a longer one.
  expect(wordString('⽣，\u200b中')).toBe('\u0001中');
  expect(wordString('⺀中\u200b文\u200b⽣')).toBe('中文⽣');
});

it('reads a text of a million characters in one piece', () => {
  const text = '防\u200b空，\u200b地\u200bA1\u200b'.repeat(100_000);
  expect(wordString(text)).toBe(reference(text));
});

it('reads a fragment as text the way the plain replacements do (seeded random texts)', () => {
  const reference = (content: string) => content.replaceAll('\u200b', '').replace(/\s+/g, ' ').trim();
  const pieces = ['防', '𠀋', 'A', ' ', '\n', '\t', '\u3000', '\u00a0', '\u2005', '\u200a', '\u200b', '\u200b', '\u200c', '\ufeff', '\ud800', '\udc00', '，', '.'];
  let seed = 7;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  for (let round = 0; round < 5000; round += 1) {
    const text = Array.from({ length: Math.floor(next() * 14) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
    expect(readableText(text), JSON.stringify(text)).toBe(reference(text));
  }
});
