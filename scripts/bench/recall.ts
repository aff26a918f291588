// node scripts/bench-search.ts --recall <dist>: checks, on a built site, that the precomputed list
// of each common phrase (scripts/build/common-phrases.ts) holds exactly the pages Pagefind's own
// exact phrase search finds, for the benchmark's common phrase and phrases inside longer ones
// (地下室 in 防空地下室, 竣工 in 竣工验收) when the site lists them. Pagefind's bundle runs in Node
// (scripts/build/pagefind-node.ts). Not a test of speed: a common phrase takes Pagefind seconds.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { COMMON_DIR, MANIFEST, parseFragment, type CommonManifest, type CommonPhraseFile } from '../../src/lib/search-common/format.ts';
import { phraseQuery } from '../../src/lib/search-query.ts';
import { pagefindOf } from '../build/pagefind-node.ts';

export const RECALL_PHRASES = ['防空地下室', '地下室', '竣工验收', '竣工', '人民防空', '行政许可'];

/** One line per phrase; throws when a list and Pagefind disagree. */
export async function checkRecall(dist: string, phrases = RECALL_PHRASES): Promise<string[]> {
  const manifest = JSON.parse(await readFile(join(dist, COMMON_DIR, MANIFEST), 'utf8')) as CommonManifest;
  const pagefind = await (await pagefindOf(dist))({});
  const urlOf = async (id: string) => parseFragment(gunzipSync(await readFile(join(dist, 'pagefind/fragment', `${id}.pf_fragment`))).toString('utf8'), id).url;
  const lines: string[] = [];
  for (const phrase of phrases) {
    const name = manifest.phrases[phrase];
    if (!name) {
      lines.push(`召回：“${phrase}”不在常用检索词中（由 Pagefind 检索）`);
      continue;
    }
    const list = JSON.parse(await readFile(join(dist, COMMON_DIR, name), 'utf8')) as CommonPhraseFile;
    const found = (await pagefind.search(phraseQuery(phrase))).results.map((result) => result.id);
    const rest = list.rest ? (JSON.parse(await readFile(join(dist, COMMON_DIR, list.rest), 'utf8')) as string[]) : [];
    const listed = new Set([...list.first.map((view) => view.url), ...(await Promise.all(rest.map(urlOf)))]);
    const byPagefind = new Set(await Promise.all(found.map(urlOf)));
    const missing = [...byPagefind].filter((url) => !listed.has(url));
    const extra = [...listed].filter((url) => !byPagefind.has(url));
    if (missing.length > 0 || extra.length > 0 || list.total !== byPagefind.size) {
      throw new Error(`召回不一致：“${phrase}” Pagefind ${byPagefind.size} 页，列表 ${list.total} 页；缺 ${missing.slice(0, 5).join('、')}，多 ${extra.slice(0, 5).join('、')}`);
    }
    lines.push(`召回：“${phrase}” 列表与 Pagefind 精确检索一致，${list.total} 页`);
  }
  return lines;
}
