// Builds the Pagefind index over a finished site, so that the built site searches by itself.
// scripts/build.ts runs it after `astro build` has exited (so Astro's memory and Pagefind's never
// add up), over the fresh folder, before that folder is published. Only pages with a
// data-pagefind-body element (BaseLayout marks it on pages given a searchKind) are indexed; each
// is handed over cut down to that element (slim-page.ts) and prepared by prepareHtmlForIndex (one
// word per Chinese character, full-width letters and digits folded). The published HTML is not
// changed.
import type { ChildProcess } from 'node:child_process';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { prepareHtmlForIndex } from '../../src/lib/search-index-text.ts';
import { writeBundleFiles } from './index-files.ts';
import { PAGEFIND_MALLOC_CONF, releaseHeap, withEnvDefaults } from './index-memory.ts';
import { slimPageForIndex } from './slim-page.ts';

/**
 * Never indexed, whatever page they are on: screen-reader-only labels repeat what is visible;
 * navigation inside a page is a way around, not content; the 信息公开目录 block (Catalogue) is the
 * same office name and labels on every page, and its codes and keywords are indexed as
 * metadata by BaseLayout instead.
 */
export const EXCLUDE_SELECTORS = ['.visually-hidden', 'nav', '.catalogue'];

/**
 * Pages read and prepared ahead while Pagefind parses the current one, so that Node and Pagefind
 * work at the same time. Pages are still handed over one at a time and in order: Pagefind numbers
 * pages in the order they arrive, and pages sent together arrive in any order, which would make
 * the index differ from build to build.
 */
const READ_AHEAD = 4;

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  // In the order the file system lists them, as the index was always built: Pagefind numbers pages
  // in the order they arrive and breaks ties in ranking and in the date sort by that number, so
  // another order (sorted paths, say) changes which of equally ranked pages comes first.
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name));
}

/** /a/b/index.html → /a/b/ ; /404.html → /404.html */
function urlOf(outDir: string, file: string): string {
  const path = relative(outDir, file).split(sep).join('/');
  return `/${path.endsWith('index.html') ? path.slice(0, -'index.html'.length) : path}`;
}

/**
 * The page as Pagefind should see it, or undefined when it is not indexed. Read synchronously: a
 * promise-based read costs several times a small page's bytes in file handles (about 1 s of CPU
 * for 10,000 pages), and Pagefind works in its own process meanwhile.
 */
async function preparedPage(file: string): Promise<string | undefined> {
  try {
    const slim = slimPageForIndex(readFileSync(file, 'utf8'));
    return slim === undefined ? undefined : prepareHtmlForIndex(slim);
  } catch (error) {
    throw new Error(`无法读取页面 ${file}：${error instanceof Error ? error.message : String(error)}`);
  }
}

/** preparedPage started now and awaited later: its failure is reported where it is awaited. */
function preparing(file: string): Promise<string | undefined> {
  const page = preparedPage(file);
  page.catch(() => undefined);
  return page;
}

/**
 * Runs `work` and waits until the processes it started (Pagefind's binary) have exited: a process
 * nobody waits for is not counted in the CPU time of the build (npm run bench measures the whole
 * process tree). `work` is handed `endChildren`, which ends them the gentle way: Pagefind's own
 * close() kills its process at once, while at the end of its input it exits by itself.
 */
async function awaitingChildren<T>(work: (endChildren: () => Promise<void>) => Promise<T>): Promise<T> {
  const started: ChildProcess[] = [];
  // Pagefind reports a process that cannot start only as "backend closed"; its own error says why.
  const failures: string[] = [];
  const track = (message: unknown) => {
    const child = (message as { process: ChildProcess }).process;
    started.push(child);
    child.once('error', (error) => failures.push(error.message));
  };
  subscribe('child_process', track);
  const endChildren = async () => {
    const running = started.filter((child) => child.exitCode === null && child.signalCode === null);
    // Pagefind unrefs its process; without ref() Node would exit instead of waiting.
    for (const child of running) child.ref();
    const exited = running.map((child) => new Promise((done) => child.once('exit', done)));
    for (const child of running) child.stdin?.end();
    await Promise.all(exited);
  };
  try {
    return await work(endChildren);
  } catch (error) {
    if (failures.length === 0) throw error;
    throw new Error(`无法运行 Pagefind（${failures.join('；')}）：${error instanceof Error ? error.message : String(error)}`);
  } finally {
    unsubscribe('child_process', track);
    await endChildren();
  }
}

/** Indexes the site in outDir and writes the bundle to outDir/pagefind. Returns the page count. */
export function buildSearchIndex(outDir: string): Promise<number> {
  return awaitingChildren(async (endChildren) => {
    // Pagefind's process is started inside createIndex, with this process's environment.
    const created = withEnvDefaults({ _RJEM_MALLOC_CONF: PAGEFIND_MALLOC_CONF }, () => pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS }));
    const { index, errors } = await created;
    if (!index) throw new Error(`Pagefind 初始化失败：${errors.join('; ')}`);
    try {
      const files = await htmlFiles(outDir);
      const ahead = files.slice(0, READ_AHEAD).map(preparing);
      let pages = 0;
      for (const [at, file] of files.entries()) {
        const following = files[at + READ_AHEAD];
        if (following !== undefined) ahead.push(preparing(following));
        const content = await ahead.shift();
        if (content === undefined) continue;
        const added = await index.addHTMLFile({ url: urlOf(outDir, file), content });
        if (added.errors.length > 0) throw new Error(`Pagefind 索引失败（${file}）：${added.errors.join('; ')}`);
        pages += 1;
      }
      // What was read and prepared is garbage now; give it back before Pagefind's write phase.
      releaseHeap();
      // The bundle comes back in memory and is written here, so that it is whole (index-files.ts).
      const bundle = await index.getFiles();
      if (bundle.errors.length > 0) throw new Error(`Pagefind 写入失败：${bundle.errors.join('; ')}`);
      await writeBundleFiles(join(outDir, 'pagefind'), bundle.files);
      return pages;
    } finally {
      await endChildren();
      await pagefind.close();
    }
  });
}

/** Builds the index and logs the line npm run bench reads: 已建立检索索引：N 个页面，用时 X 秒. */
export async function indexSite(outDir: string): Promise<number> {
  const started = performance.now();
  const pages = await buildSearchIndex(outDir);
  // Steps that read the finished index (outDir/pagefind/fragment/ …) go here, one call each.
  await (await import('./common-phrases.ts')).writeCommonPhrases(outDir);
  console.log(`已建立检索索引：${pages} 个页面，用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒`);
  return pages;
}
