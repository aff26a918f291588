// npm run bench:search [-- 1000 10000]: how search holds up with many entries. For each size it
// copies the project to a temporary folder (the real content/ and dist/ are never touched), adds
// that many synthetic decisions (half 行政处罚决定, half 行政许可决定), builds the site (scripts/build.ts), indexes it
// again on its own to time the indexing, and then, in headless Chromium against a local server
// that compresses like an ordinary web server, times a first query (opening a shared search
// address with an empty cache) and the same query repeated (the form submitted again, three times,
// the median kept; see resubmit), for a common phrase, a 文号 and a
// company name. It prints figures, and for each size one line for tools:
// `search: entries=10000 first_kb=180 common_repeat_cpu_ms=12 rare_repeat_cpu_ms=4` (first_kb: the
// largest first-query transfer; common: the phrase on more than half the pages; rare: the slower
// of the 文号 and the company name). It is not a test. Peak memory is read from /proc (Linux). BENCH_KEEP=1
// keeps the temporary copies; BENCH_NO_BROWSER=1 skips the browser part. `--recall <dist>` checks
// the common phrases' lists against Pagefind's own search (scripts/bench/recall.ts). `npm run bench:search --
// --phone [dist] [query …]` times the sample site's first search on a throttled phone and runs
// Lighthouse (scripts/bench/phone.ts).
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { decisionNo, mixKinds, pick, PLACES, syntheticDecision } from './bench/synthetic.ts';
import { copyProject, kb, mb, ROOT, run, seconds, sizeOnDisk } from './bench/measure.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// ---------------------------------------------------------------- serving and the browser

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

/** Bytes the server has sent (headers and bodies); Pagefind fetches from a worker, which the page's devtools session does not see. */
const sent = { bytes: 0, requests: 0 };

/** Caching as deploy/nginx.conf sets it: hashed files for a year, the rest revalidated. */
function cacheControl(path: string): string {
  return /^\/_astro\/|^\/pagefind\/.*\.pf_|^\/search-common\/[0-9a-f]{16}\.json$/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** A static server for the built site; text is gzip-compressed, and caching headers set, as the deployed server does. */
function serve(dir: string): Promise<{ server: Server; origin: string }> {
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let path = join(dir, pathname);
    try {
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      let body = await readFile(path);
      const type = TYPES[extname(path)];
      const headers: Record<string, string> = { 'content-type': type ?? 'application/octet-stream', 'cache-control': cacheControl(pathname) };
      if (type && /gzip/.test(String(request.headers['accept-encoding']))) {
        body = gzipSync(body);
        headers['content-encoding'] = 'gzip';
      }
      response.writeHead(200, headers).end(body);
      sent.bytes += body.length + Object.entries(headers).reduce((sum, [name, value]) => sum + name.length + value.length + 4, 120);
      sent.requests += 1;
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolveServe) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    resolveServe({ server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
  }));
}

interface Measured {
  ms: number;
  /** Main-thread CPU time (Chromium's ThreadTime): what the wall time would be on an idle machine, roughly. */
  cpuMs: number;
  bytes: number;
  requests: number;
}

/** Wall time, main-thread CPU time, and the bytes the server sent, for the requests made while `action` runs. */
async function measure(page: Page, action: () => Promise<number>): Promise<Measured> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const cpu = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'ThreadTime')?.value ?? 0) * 1000;
  const before = { ...sent, cpu: await cpu() };
  const ms = await action();
  await page.waitForLoadState('networkidle');
  const cpuMs = (await cpu()) - before.cpu;
  await cdp.detach();
  return { ms, cpuMs, bytes: sent.bytes - before.bytes, requests: sent.requests - before.requests };
}

/**
 * The search form submitted again, as its button or the Enter key submits it (requestSubmit), and
 * the milliseconds until the page announces the outcome: all in one call into the page, so that
 * the figure holds the search's own work. Playwright's click of the button would add its checks
 * (visible, stable, hit target: evaluated in the page) and the pointer's hover and focus, 13-19 ms
 * of main-thread CPU for a click on a heading that does nothing.
 */
function resubmit(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((done) => {
        const status = document.getElementById('search-status');
        const begun = performance.now();
        const observer = new MutationObserver(() => {
          if (/找到|没有找到|未查到/.test(status?.textContent ?? '')) {
            observer.disconnect();
            done(performance.now() - begun);
          }
        });
        if (status) observer.observe(status, { childList: true, characterData: true, subtree: true });
        (document.getElementById('search-form') as HTMLFormElement | null)?.requestSubmit();
      }),
  );
}

/** How many times a query is repeated; the median is reported (one repeat varies by a few ms). */
const REPEATS = 3;

/** The median by main-thread CPU. */
function median(figures: Measured[]): Measured {
  return [...figures].sort((a, b) => a.cpuMs - b.cpuMs)[Math.floor(figures.length / 2)] as Measured;
}

interface QueryFigures {
  query: string;
  results: string;
  first: Measured;
  /** The median of REPEATS repeats. */
  repeated: Measured;
  /** Main-thread CPU of each repeat. */
  repeats: number[];
  /** The harness alone: the same measurement around a call into the page that waits for a frame. */
  floor: Measured;
}

async function benchQueries(origin: string, queries: string[]): Promise<QueryFigures[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const figures: QueryFigures[] = [];
  try {
    for (const query of queries) {
      // A fresh context has an empty cache: the first query is a shared search address opened cold.
      const context = await browser.newContext({ locale: 'zh-CN' });
      await context.addInitScript(() => {
        document.addEventListener('DOMContentLoaded', () => {
          const status = document.getElementById('search-status');
          const observer = new MutationObserver(() => {
            if (/找到|没有找到|未查到/.test(status?.textContent ?? '')) {
              observer.disconnect();
              (window as unknown as { benchFirst?: number }).benchFirst = performance.now();
            }
          });
          if (status) observer.observe(status, { childList: true, characterData: true, subtree: true });
        });
      });
      const page = await context.newPage();
      const first = await measure(page, async () => {
        await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
        await page.waitForFunction(() => (window as unknown as { benchFirst?: number }).benchFirst !== undefined, null, { timeout: 120_000 });
        // From the start of navigation (page, script, Pagefind and index all loaded cold) to the results.
        return page.evaluate(() => (window as unknown as { benchFirst: number }).benchFirst);
      });
      const results = (await page.locator('#search-status').textContent()) ?? '';
      const all: Measured[] = [];
      for (let i = 0; i < REPEATS; i += 1) all.push(await measure(page, () => resubmit(page)));
      const floor = await measure(page, () => page.evaluate(() => new Promise<number>((done) => requestAnimationFrame(() => done(0)))));
      figures.push({ query, results, first, repeated: median(all), repeats: all.map((one) => one.cpuMs), floor });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return figures;
}

/** The queries: a common term (on more than half the pages), a 文号 typed in full, and part of a company name. */
function queriesFor(decisions: number): string[] {
  return ['防空地下室', decisionNo(decisions - 2), pick(PLACES, 7) + pick(PLACES, 3)];
}

/** The machine-readable line for one size (see the top of this file). */
export function searchLine(entries: number, figures: QueryFigures[]): string {
  const [common, ...rare] = figures;
  const firstKb = Math.max(...figures.map((figure) => figure.first.bytes)) / 1024;
  const rareCpu = Math.max(...rare.map((figure) => figure.repeated.cpuMs));
  return `search: entries=${entries} first_kb=${firstKb.toFixed(0)} common_repeat_cpu_ms=${(common?.repeated.cpuMs ?? 0).toFixed(0)} rare_repeat_cpu_ms=${rareCpu.toFixed(0)}`;
}

/** `decisions`: how many synthetic decisions the build has (its last 文号 is looked up). */
async function benchBrowser(out: string, size: number, decisions = size): Promise<string> {
  const { server, origin } = await serve(out);
  console.log(`机器负载（1 分钟平均）：${loadavg()[0]?.toFixed(1)}（${availableParallelism()} 核）`);
  try {
    const figures = await benchQueries(origin, queriesFor(decisions));
    for (const figure of figures) {
      console.log(
        `查询“${figure.query}”（${figure.results}）：首次 ${figure.first.ms.toFixed(0)} ms（主线程 CPU ${figure.first.cpuMs.toFixed(0)} ms）、` +
          `${kb(figure.first.bytes)}（${figure.first.requests} 个请求）；重复 ${figure.repeated.ms.toFixed(0)} ms（CPU 中位数 ${figure.repeated.cpuMs.toFixed(0)} ms，各次 ${figure.repeats.map((ms) => ms.toFixed(0)).join(' / ')} ms）、${kb(figure.repeated.bytes)}；` +
          `测量本身 CPU ${figure.floor.cpuMs.toFixed(0)} ms`,
      );
    }
    return searchLine(size, figures);
  } finally {
    server.close();
  }
}

// ---------------------------------------------------------------- one size

async function benchSize(size: number): Promise<string | undefined> {
  const work = await mkdtemp(join(tmpdir(), `gongkai-bench-${size}-`));
  try {
    console.log(`\n== ${size} 条合成条目（${work}）`);
    await copyProject(work);
    for (let i = 0; i < size; i += 1) {
      const { path, text } = syntheticDecision(i);
      const file = join(work, 'content', path);
      if (i < 2) await mkdir(join(file, '..'), { recursive: true });
      await writeFile(file, `${text}\n`);
    }
    const out = join(work, 'dist');
    // The whole build as npm run build runs it: Astro, then the index and the common phrases' lists.
    const build = await run(process.execPath, [join(work, 'scripts/build.ts')], work, {
      GONGKAI_OUT_DIR: out,
      ASTRO_TELEMETRY_DISABLED: '1',
      NODE_OPTIONS: '--max-old-space-size=6144',
    });
    const pages = Number(/已建立检索索引：(\d+) 个页面/.exec(build.output)?.[1] ?? 0);
    console.log(`构建（含索引）：${seconds(build.ms)}，峰值内存 ${mb(build.peakBytes)}，索引页面 ${pages} 个`);

    // Index again on its own, so that its time and memory are not mixed with Astro's.
    const index = await run(process.execPath, [fileURLToPath(import.meta.url), '--index-only', out], ROOT, {});
    const size_ = await sizeOnDisk(join(out, 'pagefind'));
    console.log(`索引：${seconds(index.ms)}，峰值内存 ${mb(index.peakBytes)}（Node 与 Pagefind 进程合计），磁盘 ${mb(size_.bytes)}，${size_.files} 个文件`);

    if (!existsSync(join(out, 'search-common'))) {
      // A build that does not run the step itself (see scripts/build/common-phrases.ts).
      const common = await run(process.execPath, [join(ROOT, 'scripts/build/common-phrases.ts'), out], ROOT, {});
      console.log(`常用检索词列表：${seconds(common.ms)}，峰值内存 ${mb(common.peakBytes)}；${common.output.trim()}`);
    }

    if (process.env.BENCH_NO_BROWSER) return undefined;
    return await benchBrowser(out, size);
  } finally {
    // BENCH_KEEP=1 keeps the temporary project and its build for a closer look.
    if (process.env.BENCH_KEEP) console.log(`保留：${work}`);
    else await rm(work, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- entry point

const args = process.argv.slice(2);
if (args[0] === '--browser-only') {
  // A build kept with BENCH_KEEP=1: --browser-only <dist> <size>; add `mix` for a build of npm run
  // bench's mixed kinds (scripts/bench/synthetic.ts syntheticMix), which has fewer decisions.
  const size = Number(args[2] ?? 10000);
  const decisions = args[3] === 'mix' ? mixKinds(size).filter((kind) => kind === 'decision').length : size;
  console.log(await benchBrowser(resolve(args[1] ?? ''), size, decisions));
} else if (args[0] === '--recall') {
  // Every page Pagefind finds for a common phrase is in its precomputed list (scripts/bench/recall.ts).
  const { checkRecall } = await import('./bench/recall.ts');
  for (const line of await checkRecall(resolve(args[1] ?? 'dist'))) console.log(line);
} else if (args[0] === '--phone') {
  // The sample site as built (dist/ or the folder given) on a throttled phone, with Lighthouse.
  const { benchPhone } = await import('./bench/phone.ts');
  await benchPhone(resolve(args[1] ?? process.env.GONGKAI_OUT_DIR ?? 'dist'), undefined, args.length > 2 ? args.slice(2) : undefined);
} else if (args[0] === '--index-only') {
  const { buildSearchIndex } = await import('./build/search-index.ts');
  await buildSearchIndex(resolve(args[1] ?? ''));
} else {
  if (!existsSync(CHROMIUM)) throw new Error(`找不到 Chromium：${CHROMIUM}（可设置 CHROMIUM_PATH）`);
  const sizes = args.length > 0 ? args.map(Number) : [1000, 10000];
  const lines: string[] = [];
  for (const size of sizes) {
    const line = await benchSize(size);
    if (line) lines.push(line);
  }
  for (const line of lines) console.log(line);
}
