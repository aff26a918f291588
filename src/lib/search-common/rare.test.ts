import { describe, expect, it } from 'vitest';
import { codeCandidates, codeShards, pageKeys, phrasePairs, shardOf, type CodeShard } from '../search-codes.ts';
import { spellings, type RankRules } from '../search-rank.ts';
import { phraseList, type IndexedPage } from './build.ts';
import { scanPhrases, wordString } from './phrases.ts';
import { rarePhraseList } from './rare.ts';

/** Text as Pagefind stores it: one word per Chinese character, whitespace kept on the word before it, words joined by U+200B. */
const pagefindText = (text: string) => (text.match(/\p{Script=Han}\s*|[^\p{Script=Han}\s]+\s*|\s+/gu) ?? []).join('\u200b');

function page(id: string, title: string, body: string, kind?: string): IndexedPage {
  const meta: Record<string, string> = { title: pagefindText(title), ...(kind && { 类别: kind, kind }) };
  return { id, data: { url: `/${id}/`, content: pagefindText(`${title}. ${body}`), meta, filters: kind ? { 类别: [kind] } : {} } };
}

const RULES: RankRules = { kinds: { services: { weight: 3 }, powers: { weight: -1 } }, officeNames: ['示例市'] };
const PLACES = ['东湖', '西城', '南山', '北岸', '滨江', '百汇', '智谷', '华庭'];

/** A site of pages naming companies by two places, some 人防工程 and some 人民防空工程, a few guides and powers. */
function site(): IndexedPage[] {
  const pages: IndexedPage[] = [];
  for (let i = 0; i < 300; i += 1) {
    const company = `${PLACES[i % PLACES.length]}${PLACES[Math.floor(i / PLACES.length) % PLACES.length]}公司`;
    const works = i % 29 === 0 ? '人防工程' : i % 31 === 0 ? '人民防空工程' : '地下车库';
    const kind = i % 50 === 0 ? 'services' : i % 50 === 1 ? 'powers' : undefined;
    // Some pages hold the company's name only across punctuation or far down the page.
    const body = i % 13 === 0 ? `${company.slice(0, 2)}，${company.slice(2)}的${works}。` : `当事人${company}，涉及${works}。${'其他内容。'.repeat(i % 5)}${company}`;
    pages.push(page(`p${i}`, i % 3 === 0 ? `${company}${works}处罚决定` : `行政决定${i}`, body, kind));
  }
  return pages;
}

/** The code index of `pages`, read as the search page reads its shards. */
function indexOf(pages: IndexedPage[]): (key: string) => Promise<ReturnType<typeof lookUp>> {
  const shards = codeShards(pages.map((one) => ({ id: one.id, keys: pageKeys(one.data.content), words: wordString(one.data.content) })));
  return async (key) => lookUp(shards, key);
}
function lookUp(shards: CodeShard[], key: string) {
  const shard = shards[shardOf(key, shards.length)] as CodeShard;
  return Object.hasOwn(shard, key) ? shard[key] : undefined;
}

describe('a rare phrase answered from the code index', () => {
  const pages = site();
  const holders = indexOf(pages);
  const byId = new Map(pages.map((one) => [one.id, one.data]));

  it.each(['百汇北岸', '北岸百汇', '华庭东湖公司', '人防工程', '人民防空工程', '西城智谷', '东湖东湖', '智谷华庭地下车库'])('gives %s the list the build would write for it', async (phrase) => {
    const forms = spellings(phrase);
    const candidates: string[][] = [];
    for (const form of forms) {
      const found = await codeCandidates(phrasePairs(form), holders);
      if (found.kind === 'unknown') throw new Error(`${form}: every pair is on many pages in this fixture`);
      candidates.push(found.kind === 'none' ? [] : found.ids);
    }
    const rare = await rarePhraseList(phrase, forms, candidates, async (id) => byId.get(id) ?? Promise.reject(new Error(id)), RULES);
    // The list as the build makes a common phrase's, from every page of the site (build.ts).
    const words = pages.map((one) => wordString(one.data.content));
    const formHits = forms.map(() => [] as { page: number; at: number }[]);
    scanPhrases(words, forms, (form, at, position) => formHits[form]?.push({ page: at, at: position }));
    const seen = new Set<number>();
    const hits = formHits.flat().filter((hit) => !seen.has(hit.page) && Boolean(seen.add(hit.page)));
    // Most of these are on a few pages of the fixture; the test means nothing if none were.
    if (phrase !== '智谷华庭地下车库') expect(hits.length, phrase).toBeGreaterThan(0);
    if (hits.length === 0) {
      expect(rare).toBeNull();
      return;
    }
    expect(rare).toEqual(await phraseList(phrase, pages, hits, async (one) => one.data, RULES));
  });

  it('finds no list when no candidate holds the phrase in a row, so that the search asks Pagefind', async () => {
    // 百汇 and 北岸 each occur; 汇北 only where 百汇北岸 does: pages with 百汇，北岸 are not holders.
    const rare = await rarePhraseList('百汇北岸', ['百汇北岸'], [['p13']], async (id) => byId.get(id) as NonNullable<ReturnType<typeof byId.get>>, RULES);
    expect(wordString(byId.get('p13')?.content ?? '').includes('百汇北岸')).toBe(false);
    expect(rare).toBeNull();
  });
});
