// Build step after the Pagefind bundle is written: precomputed result lists (src/lib/search-common/),
// one small file per phrase listed in <outDir>/search-common/manifest.json, each with the ids of its
// other results in a second file, both named by their content's hash so that a browser never keeps
// an old list after a rebuild.
// - On a large site (over RANKED_SEARCH_LIMIT pages), lists for its common phrases, read from the
//   fragments Pagefind wrote, so that they hold exactly the text Pagefind indexed (build.ts).
// - On a smaller one, ready answers for the phrases of its titles: the search page's own search
//   run on the index in Node (ready.ts).
// - On a large site too, the code index (src/lib/search-codes.ts): which pages hold each number
//   of a code, in shards listed in <outDir>/search-common/codes.json.
//
// Run on its own: node scripts/build/common-phrases.ts <dist>
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { commonPhraseFiles, slimPage, type CommonPhraseList, type IndexedPage } from '../../src/lib/search-common/build.ts';
import { chooseCommonPhrases, wordString } from '../../src/lib/search-common/phrases.ts';
import { readyChoice, readyList } from '../../src/lib/search-common/ready.ts';
import { rankRulesInPage } from '../../src/lib/search-rules.ts';
import { RANKED_SEARCH_LIMIT } from '../../src/lib/search-query.ts';
import { PAGEFIND_OPTIONS } from '../../src/lib/search-run.ts';
import { pagefindOf } from './pagefind-node.ts';
import { chunksFor, queryTerms } from '../../src/lib/pagefind-chunks.ts';
import { COMMON_DIR, MANIFEST, parseFragment, type CommonManifest, type CommonPhraseFile, type FragmentData } from '../../src/lib/search-common/format.ts';
import { readMetadata } from '../../src/lib/search-common/page-order.ts';
import { CODES_MANIFEST, codeShards, pageKeys, shardName, type CodesManifest } from '../../src/lib/search-codes.ts';

export interface CommonPhrasesWritten {
  pages: number;
  phrases: number;
  bytes: number;
}

/**
 * A page's record from its fragment. Read synchronously: the step reads every page's fragment in
 * turn, and a promise-based read of a small file costs several times its bytes' work in file
 * handles (about 1 s of CPU for 10,000 fragments).
 */
async function readFragment(pagefindDir: string, id: string): Promise<FragmentData> {
  const file = join(pagefindDir, 'fragment', `${id}.pf_fragment`);
  return parseFragment(gunzipSync(readFileSync(file)).toString('utf8'), file);
}

/** The index: its pages in Pagefind's order, without their text (see slimPage), and its metadata, decoded (the one language's; a site's pages share one). */
async function readIndex(pagefindDir: string): Promise<{ pages: IndexedPage[]; meta: unknown; keys: string[][] }> {
  const entryFile = join(pagefindDir, 'pagefind-entry.json');
  let entry: { languages: Record<string, { hash: string }> };
  try {
    entry = JSON.parse(await readFile(entryFile, 'utf8')) as typeof entry;
  } catch (error) {
    throw new Error(`${entryFile}：无法读取 Pagefind 的入口文件（${error instanceof Error ? error.message : String(error)}）`);
  }
  const pages: IndexedPage[] = [];
  // Each page's code keys, on a site large enough for the code index (search-codes.ts).
  const keys: string[][] = [];
  let meta: unknown;
  const read = Object.values(entry.languages).map(({ hash }) => {
    const metaFile = join(pagefindDir, `pagefind.${hash}.pf_meta`);
    return readMetadata(gunzipSync(readFileSync(metaFile)), metaFile);
  });
  const large = read.reduce((sum, { ids }) => sum + ids.length, 0) > RANKED_SEARCH_LIMIT;
  for (const language of read) {
    meta ??= language.meta;
    for (const id of language.ids) {
      const data = await readFragment(pagefindDir, id);
      pages.push(slimPage(id, data));
      if (large) keys.push(pageKeys(data.content));
    }
  }
  return { pages, meta, keys };
}

/** Searches for the ready answers run this many Pagefind instances at once: most of an instance's time is spent waiting. */
const INSTANCES_AT_ONCE = 8;

/**
 * The ready answers of a site of up to RANKED_SEARCH_LIMIT pages (see ready.ts). Pagefind's scores
 * depend on the index chunks an instance has loaded, and a visitor's page loads those of the query:
 * phrases are searched in groups that read the same chunks, each group on a fresh instance.
 */
async function readyLists(outDir: string, pages: IndexedPage[], meta: unknown, fragment: (id: string) => Promise<FragmentData>, rules: ReturnType<typeof rankRulesInPage>): Promise<CommonPhraseList[]> {
  if (pages.length === 0) return [];
  const phrases = chooseCommonPhrases(
    pages.map((page) => page.data.meta.title ?? ''),
    pages.map((page) => page.words ?? wordString(page.data.content)),
    readyChoice(pages.length),
  );
  const groups = Map.groupBy(phrases.entries(), ([, phrase]) => chunksFor(meta, queryTerms(phrase)).sort().join(' '));
  const lists: (CommonPhraseList | null)[] = phrases.map(() => null);
  const queue = [...groups.values()];
  const work = async (): Promise<void> => {
    // A copy of Pagefind's code per worker: instances of one copy share its WebAssembly memory.
    const instance = await pagefindOf(outDir);
    for (let group = queue.shift(); group; group = queue.shift()) {
      // Filters first, as the search page does on such a site: Pagefind counts per filter only what it has loaded.
      const pagefind = await instance(PAGEFIND_OPTIONS);
      try {
        await pagefind.filters();
        for (const [at, phrase] of group) lists[at] = await readyList({ pagefind, pageCount: pages.length }, phrase, fragment, rules);
      } finally {
        await pagefind.destroy();
      }
    }
  };
  await Promise.all(Array.from({ length: INSTANCES_AT_ONCE }, work));
  return lists.filter((list): list is CommonPhraseList => list !== null);
}

/** Writes the precomputed lists for the site in outDir (after its Pagefind bundle). */
export async function writeCommonPhrases(outDir: string): Promise<CommonPhrasesWritten> {
  const { pages, meta, keys } = await readIndex(join(outDir, 'pagefind'));
  // Ranked by the rules the search page carries (from the kind records and the office's names).
  const rules = rankRulesInPage(await readFile(join(outDir, 'search', 'index.html'), 'utf8'), join(outDir, 'search', 'index.html'));
  // Pages' records with their text, read once (the few shown first, or checked).
  const read = new Map<string, Promise<FragmentData>>();
  const fragment = (id: string): Promise<FragmentData> => {
    let data = read.get(id);
    if (!data) read.set(id, (data = readFragment(join(outDir, 'pagefind'), id)));
    return data;
  };
  const files = pages.length > RANKED_SEARCH_LIMIT ? await commonPhraseFiles(pages, rules, undefined, (page) => fragment(page.id)) : await readyLists(outDir, pages, meta, fragment, rules);
  const dir = join(outDir, COMMON_DIR);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const manifest: CommonManifest = { version: 1, pages: pages.length, phrases: {} };
  let bytes = 0;
  /** Writes a file named by its content's hash; returns the name. */
  const write = async (value: unknown): Promise<string> => {
    const text = JSON.stringify(value);
    const name = `${createHash('sha256').update(text).digest('hex').slice(0, 16)}.json`;
    await writeFile(join(dir, name), text);
    bytes += Buffer.byteLength(text);
    return name;
  };
  for (const { file, rest } of files) {
    const full: CommonPhraseFile = { ...file, rest: rest.length > 0 ? await write(rest) : null };
    manifest.phrases[file.phrase] = await write(full);
  }
  const text = JSON.stringify(manifest);
  await writeFile(join(dir, MANIFEST), text);
  if (keys.length > 0) {
    const shards = codeShards(pages.map((page, at) => ({ id: page.id, keys: keys[at] ?? [], words: page.words }))).map((shard) => JSON.stringify(shard));
    const hash = createHash('sha256');
    for (const shard of shards) hash.update(shard).update('\n');
    const codes: CodesManifest = { version: 1, pages: pages.length, shards: shards.length, prefix: hash.digest('hex').slice(0, 12) };
    for (const [at, shard] of shards.entries()) {
      await writeFile(join(dir, shardName(codes.prefix, at)), shard);
      bytes += Buffer.byteLength(shard);
    }
    const codesText = JSON.stringify(codes);
    await writeFile(join(dir, CODES_MANIFEST), codesText);
    bytes += Buffer.byteLength(codesText);
  }
  return { pages: pages.length, phrases: files.length, bytes: bytes + Buffer.byteLength(text) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = resolve(process.argv[2] ?? 'dist');
  const started = performance.now();
  const written = await writeCommonPhrases(outDir);
  console.log(`已预先计算常用检索词：${written.phrases} 个（共 ${written.pages} 个页面，${(written.bytes / 1024).toFixed(0)} KB），用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒`);
}
