// Build step after the Pagefind bundle is written: precomputed result lists for common phrases
// (src/lib/search-common/), read from the fragments Pagefind wrote, so that they hold exactly the
// text Pagefind indexed. Writes <outDir>/search-common/manifest.json and two files per phrase
// (the first results, and the ids of the rest), named by their content's hash so that a browser never keeps an old list after a rebuild. On a
// site of up to RANKED_SEARCH_LIMIT pages the manifest lists no phrase and the search page uses
// Pagefind for everything, as before.
//
// Run on its own: node scripts/build/common-phrases.ts <dist>
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { commonPhraseFiles, slimPage, type IndexedPage } from '../../src/lib/search-common/build.ts';
import { COMMON_DIR, MANIFEST, parseFragment, type CommonManifest, type CommonPhraseFile, type FragmentData } from '../../src/lib/search-common/format.ts';
import { readPageOrder } from '../../src/lib/search-common/page-order.ts';

export interface CommonPhrasesWritten {
  pages: number;
  phrases: number;
  bytes: number;
}

/** A page's record from its fragment. */
async function readFragment(pagefindDir: string, id: string): Promise<FragmentData> {
  const file = join(pagefindDir, 'fragment', `${id}.pf_fragment`);
  return parseFragment(gunzipSync(await readFile(file)).toString('utf8'), file);
}

/** The index's pages in Pagefind's order, without their text (see slimPage). */
async function readIndex(pagefindDir: string): Promise<IndexedPage[]> {
  const entryFile = join(pagefindDir, 'pagefind-entry.json');
  let entry: { languages: Record<string, { hash: string }> };
  try {
    entry = JSON.parse(await readFile(entryFile, 'utf8')) as typeof entry;
  } catch (error) {
    throw new Error(`${entryFile}：无法读取 Pagefind 的入口文件（${error instanceof Error ? error.message : String(error)}）`);
  }
  const pages: IndexedPage[] = [];
  for (const { hash } of Object.values(entry.languages)) {
    const metaFile = join(pagefindDir, `pagefind.${hash}.pf_meta`);
    const ids = readPageOrder(gunzipSync(await readFile(metaFile)), metaFile);
    for (const id of ids) {
      pages.push(slimPage(id, await readFragment(pagefindDir, id)));
    }
  }
  return pages;
}

/** Writes the common phrases' lists for the site in outDir (after its Pagefind bundle). */
export async function writeCommonPhrases(outDir: string): Promise<CommonPhrasesWritten> {
  const pages = await readIndex(join(outDir, 'pagefind'));
  const shown = new Map<string, Promise<FragmentData>>();
  const files = await commonPhraseFiles(pages, undefined, (page) => {
    let data = shown.get(page.id);
    if (!data) shown.set(page.id, (data = readFragment(join(outDir, 'pagefind'), page.id)));
    return data;
  });
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
  return { pages: pages.length, phrases: files.length, bytes: bytes + Buffer.byteLength(text) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = resolve(process.argv[2] ?? 'dist');
  const started = performance.now();
  const written = await writeCommonPhrases(outDir);
  console.log(`已预先计算常用检索词：${written.phrases} 个（共 ${written.pages} 个页面，${(written.bytes / 1024).toFixed(0)} KB），用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒`);
}
