import { afterEach, expect, it, vi } from 'vitest';
import { CODES_MANIFEST, codeShards, pageKeys, shardName, type CodesManifest } from '../search-codes.ts';
import { RANKED_SEARCH_LIMIT, type FragmentData } from './format.ts';
import { wordString } from './phrases.ts';

const pagefindText = (text: string) => (text.match(/\p{Script=Han}|[^\p{Script=Han}\s]+|\s+/gu) ?? []).join('\u200b');

const texts = ['决定书 示防罚决〔2026〕2166号', '列表 示防罚决〔2026〕2165号 示防罚决〔2026〕2166号', '示防罚决〔2026〕21660号', '执法证号 99010021005'];
const pages: FragmentData[] = texts.map((text, at) => ({ url: `/p${at}/`, content: pagefindText(text), meta: { title: `p${at}` }, filters: { 类别: [at === 1 ? '栏目' : '行政处罚'] } }));

/** The site's files as the build writes them, served by a stubbed fetch that counts requests. */
function serve(files: Record<string, unknown>): string[] {
  const asked: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    asked.push(url);
    const name = url.replace('/search-common/', '');
    return name in files ? new Response(JSON.stringify(files[name])) : new Response('', { status: 404 });
  });
  return asked;
}

function siteFiles(): Record<string, unknown> {
  const shards = codeShards(pages.map((page, at) => ({ id: `p${at}`, keys: pageKeys(page.content), words: wordString(page.content) })));
  const manifest: CodesManifest = { version: 1, pages: 4, shards: shards.length, prefix: '0123456789ab' };
  return { [CODES_MANIFEST]: manifest, ...Object.fromEntries(shards.map((shard, at) => [shardName(manifest.prefix, at), shard])) };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

const client = () => import('./codes-client.ts');
const LARGE = RANKED_SEARCH_LIMIT + 1;

it('answers a code on a large site from the shards: candidates in index order, then the pages holding it by where they hold it', async () => {
  serve(siteFiles());
  const { codeCandidateIds, pagesHoldingCode } = await client();
  const ids = await codeCandidateIds('示防罚决〔2026〕2166号', LARGE);
  expect(ids).toEqual(['p0', 'p1']);
  const held = pagesHoldingCode('示 防 罚 决 2026 2166 号', (ids ?? []).map((id) => pages[Number(id.slice(1))] as FragmentData));
  expect(held.map((page) => page.url)).toEqual(['/p0/', '/p1/']);
  expect(await codeCandidateIds('99010021005', LARGE)).toEqual(['p3']);
});

it('says that nothing holds a code whose number no page has, without Pagefind', async () => {
  serve(siteFiles());
  const { codeCandidateIds } = await client();
  expect(await codeCandidateIds('99010021999', LARGE)).toEqual([]);
  expect(await codeCandidateIds('示防罚决〔2026〕9999号', LARGE)).toEqual([]);
});

it('leaves words, small sites, codes without a key and unreadable files to Pagefind', async () => {
  const asked = serve(siteFiles());
  const { codeCandidateIds } = await client();
  expect(await codeCandidateIds('防空地下室', LARGE)).toBeNull();
  expect(await codeCandidateIds('99010021005', RANKED_SEARCH_LIMIT)).toBeNull();
  expect(await codeCandidateIds('RF-XK-01', LARGE)).toBeNull();
  expect(asked).toEqual([]);
  vi.resetModules();
  serve({});
  expect(await (await client()).codeCandidateIds('99010021005', LARGE)).toBeNull();
  vi.resetModules();
  const files = siteFiles();
  serve({ [CODES_MANIFEST]: files[CODES_MANIFEST] });
  expect(await (await client()).codeCandidateIds('99010021005', LARGE)).toBeNull();
});

it('reads the manifest and each shard once', async () => {
  const asked = serve(siteFiles());
  const { codeCandidateIds } = await client();
  await codeCandidateIds('99010021005', LARGE);
  await codeCandidateIds('99010021005', LARGE);
  expect(asked.filter((url) => url.endsWith(CODES_MANIFEST))).toHaveLength(1);
  expect(new Set(asked).size).toBe(asked.length);
});

it('gives a phrase’s candidates per spelling, and leaves to Pagefind a phrase no page can hold', async () => {
  serve(siteFiles());
  const { phraseCandidateIds } = await client();
  expect(await phraseCandidateIds(['罚决', '执法'], LARGE)).toEqual([['p0', 'p1', 'p2'], ['p3']]);
  expect(await phraseCandidateIds(['罚决', '许可'], LARGE)).toEqual([['p0', 'p1', 'p2'], []]);
  // A typo: no page holds 决示 (pairs on no page), so the looser search of Pagefind answers.
  expect(await phraseCandidateIds(['决示'], LARGE)).toBeNull();
  expect(await phraseCandidateIds(['罚决'], RANKED_SEARCH_LIMIT)).toBeNull();
});
