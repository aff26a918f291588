// npm run bench:search [-- 1000 10000]: how search holds up with many entries. For each size it
// copies the project to a temporary folder (the real content/ and dist/ are never touched), adds
// that many synthetic decisions (half 行政处罚决定, half 行政许可决定), builds the site, indexes it
// again on its own to time the indexing, and then, in headless Chromium against a local server
// that compresses like an ordinary web server, times a first query (opening a shared search
// address with an empty cache), the same query repeated, and another query on the same page.
// It prints figures; it is not a test. Peak memory is read from /proc (Linux). BENCH_KEEP=1
// keeps the temporary copies; BENCH_NO_BROWSER=1 skips the browser part.
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { usccCheckChar } from '../src/lib/uscc.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const OFFICE = '11990100MB1234567F';

// ---------------------------------------------------------------- synthetic entries

const PLACES = ['东湖', '西城', '南山', '北岸', '滨江', '锦程', '瑞丰', '百汇', '智谷', '华庭', '金桥', '新港', '云台', '青石', '松涛', '枫林', '明珠', '长河', '天元', '嘉禾', '翠屏', '望江', '临川', '安澜', '景泰', '启航', '星河', '鼎盛', '汇通', '宏远'];
const TRADES = ['房地产开发', '物业服务', '商贸', '置业', '建设工程', '投资', '科技', '实业', '市政工程', '酒店管理', '仓储物流', '餐饮管理'];
const PROJECTS = ['花园', '广场', '名苑', '商业中心', '科技园', '公寓', '学府', '雅居', '产业园', '综合体'];
const VIOLATIONS: [string, string, string][] = [
  ['城市新建民用建筑不修建战时可用于防空的地下室', '第四十八条', '应建防空地下室未按审批要求修建，地下室已按普通地下车库完成主体结构，不具备战时防护功能'],
  ['侵占人民防空工程', '第四十九条第（一）项', '未经批准将公用人民防空工程用作商品仓库并加装门锁，致使工程无法正常维护和使用'],
  ['拆除人民防空工程设备设施', '第四十九条第（三）项', '擅自拆除工程内防护密闭门和密闭阀门，降低了工程的防护能力'],
  ['向人民防空工程内排入废水', '第四十九条第（七）项', '擅自接驳排水管，将废水引入工程集水坑长期排放，造成工程内部积水和设备锈蚀'],
  ['改变人民防空工程主体结构', '第四十九条第（三）项', '在防护单元隔墙上开洞改作车库通道，改变了工程主体结构'],
];
const PERMITS: [string, string, string][] = [
  ['防空地下室建设审批意见书', 'RF-XK-001-01', '同步修建防空地下室'],
  ['防空地下室易地修建批复', 'RF-XK-002-01', '易地修建防空地下室并缴纳易地建设费'],
  ['拆除人民防空工程审批决定书', 'RF-XK-003-01', '拆除原有人民防空工程并按规定补建'],
];

const pick = <T>(list: T[], n: number): T => list[n % list.length] as T;
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A valid 统一社会信用代码 for synthetic company n. */
function uscc(n: number): string {
  let body = '';
  for (let i = 0, rest = n * 7919 + 12345; i < 9; i += 1, rest = Math.floor(rest / USCC_CHARS.length)) body += USCC_CHARS[rest % USCC_CHARS.length];
  const first17 = `91990100${body}`;
  return first17 + usccCheckChar(first17);
}

const iso = (date: Date) => date.toISOString().slice(0, 10);
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);

/** The document number of synthetic decision i, as the benchmark queries it. */
function decisionNo(i: number): string {
  const year = 2024 + (i % 3);
  return i % 2 === 0 ? `示防罚决〔${year}〕${1000 + Math.floor(i / 6)}号` : `示防许〔${year}〕${1000 + Math.floor(i / 6)}号`;
}

function syntheticEntry(i: number): { path: string; text: string } {
  const year = 2024 + (i % 3);
  const decided = addDays(new Date(Date.UTC(year, 0, 5)), (i * 37) % 300);
  const published = addDays(decided, 5);
  const company = `示例市${pick(PLACES, i)}${pick(PLACES, Math.floor(i / PLACES.length) + 3)}${pick(TRADES, i * 7)}有限公司`;
  const project = `${pick(PLACES, i * 11 + 5)}${pick(PROJECTS, i * 3)}${(i % 9) + 1}期`;
  const area = 800 + ((i * 137) % 12_000);
  const serial = String(50_000 + Math.floor(i / 3)).padStart(5, '0');
  const common = [
    `decisionNo: ${decisionNo(i)}`,
    'party:',
    '  kind: 法人',
    `  name: ${company}`,
    `  creditCode: "${uscc(i)}"`,
    `  legalRepresentative: ${pick(['王某', '李某', '张某', '刘某', '陈某', '杨某'], i)}`,
  ];
  const tail = [`authority: ${OFFICE}`, `indexNo: ${OFFICE}/${year}-${serial}`, `publishDate: ${iso(published)}`, `updateDate: ${iso(published)}`];
  if (i % 2 === 0) {
    const [type, article, facts] = pick(VIOLATIONS, i);
    const fine = ((i % 40) + 1) * 0.25;
    return {
      path: `enforcement/penalties/BM-${String(i).padStart(5, '0')}.yaml`,
      text: [
        `code: BM-${String(i).padStart(5, '0')}`,
        ...common,
        `violationType: ${type}`,
        `facts: 当事人开发建设或者管理的${project}项目，经${iso(addDays(decided, -40))}现场检查发现，${facts}，涉及面积约 ${area} 平方米。`,
        'basis:',
        '  - law: 《中华人民共和国人民防空法》',
        `    article: ${article}`,
        `    text: 违反人民防空工程管理规定的，由县级以上人民政府人民防空主管部门对当事人给予警告，并责令限期改正违法行为，可以依法并处罚款。`,
        'categories:',
        '  - 警告',
        '  - 罚款',
        `content: 给予警告，责令限期改正，并处罚款人民币 ${fine} 万元。`,
        `fineAmount: ${fine}`,
        `decisionDate: ${iso(decided)}`,
        'severity: 严重',
        `disclosureUntil: ${iso(addDays(decided, 3 * 365))}`,
        ...tail,
        `summary: ${company}${type}，被给予警告并处罚款 ${fine} 万元。`,
        'topic: 行政处罚',
        'keywords:',
        '  - 行政处罚',
        `  - ${type.slice(0, 6)}`,
      ].join('\n'),
    };
  }
  const [documentName, service, what] = pick(PERMITS, i);
  return {
    path: `enforcement/permits/BM-${String(i).padStart(5, '0')}.yaml`,
    text: [
      `code: BM-${String(i).padStart(5, '0')}`,
      `documentName: ${documentName}`,
      ...common.slice(0, 1),
      'category: 普通',
      `content: 准予${project}项目${what}，防空地下室建筑面积 ${area} 平方米，平时用作汽车库，战时用作人员掩蔽所。`,
      ...common.slice(1),
      `service: ${service}`,
      `decisionDate: ${iso(decided)}`,
      `validFrom: ${iso(decided)}`,
      `validTo: ${iso(addDays(decided, 2 * 365))}`,
      'status: 有效',
      ...tail,
      `summary: 准予${company}在${project}项目中${what}。`,
      'topic: 行政许可',
      'keywords:',
      '  - 行政许可',
      '  - 防空地下室',
    ].join('\n'),
  };
}

// ---------------------------------------------------------------- processes and memory

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
function treeRss(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rss = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
    const children = readdirSyncSafe(`/proc/${pid}/task`).flatMap((task) =>
      readFileSafe(`/proc/${pid}/task/${task}/children`).split(/\s+/).filter(Boolean).map(Number),
    );
    return rss + children.reduce((sum, child) => sum + treeRss(child), 0);
  } catch {
    return 0;
  }
}
function readFileSafe(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
function readdirSyncSafe(path: string): string[] {
  try {
    return readdirSync(path);
  } catch {
    return [];
  }
}

interface Run {
  ms: number;
  peakBytes: number;
  output: string;
}

/** Runs a command, sampling the memory of its whole process tree. */
function run(command: string, args: string[], cwd: string, env: Record<string, string>): Promise<Run> {
  return new Promise((resolveRun, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let peakBytes = 0;
    const sampler = setInterval(() => (peakBytes = Math.max(peakBytes, treeRss(child.pid ?? 0))), 100);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} 失败（${code}）：\n${output.slice(-3000)}`));
      else resolveRun({ ms: performance.now() - started, peakBytes, output });
    });
  });
}

async function sizeOnDisk(dir: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
    files += 1;
  }
  return { bytes, files };
}

// ---------------------------------------------------------------- serving and the browser

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

/** Bytes the server has sent (headers and bodies); Pagefind fetches from a worker, which the page's devtools session does not see. */
const sent = { bytes: 0, requests: 0 };

/** A static server for the built site; text is gzip-compressed as an ordinary web server would. */
function serve(dir: string): Promise<{ server: Server; origin: string }> {
  const server = createServer(async (request, response) => {
    let path = join(dir, decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname));
    try {
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      let body = await readFile(path);
      const type = TYPES[extname(path)];
      const headers: Record<string, string> = { 'content-type': type ?? 'application/octet-stream' };
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

/** Milliseconds from now until the search page announces its results. */
async function untilResults(page: Page, start: () => Promise<unknown>): Promise<number> {
  await page.evaluate(() => {
    const status = document.getElementById('search-status');
    (window as unknown as { benchDone?: Promise<number> }).benchDone = new Promise<number>((done) => {
      const observer = new MutationObserver(() => {
        if (/找到|没有找到/.test(status?.textContent ?? '')) {
          observer.disconnect();
          done(performance.now());
        }
      });
      if (status) observer.observe(status, { childList: true, characterData: true, subtree: true });
    });
  });
  const begun = await page.evaluate(() => performance.now());
  await start();
  const ended = await page.evaluate(() => (window as unknown as { benchDone: Promise<number> }).benchDone);
  return ended - begun;
}

interface QueryFigures {
  query: string;
  results: string;
  first: Measured;
  repeated: Measured;
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
            if (/找到|没有找到/.test(status?.textContent ?? '')) {
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
      const repeated = await measure(page, () => untilResults(page, () => page.locator('#search-form button[type="submit"]').click()));
      figures.push({ query, results, first, repeated });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return figures;
}

/** The queries: a common term, a 文号 typed in full, and part of a company name. */
function queriesFor(size: number): string[] {
  return ['防空地下室', decisionNo(size - 2), pick(PLACES, 7) + pick(PLACES, 3)];
}

async function benchBrowser(out: string, size: number): Promise<void> {
  const { server, origin } = await serve(out);
  console.log(`机器负载（1 分钟平均）：${loadavg()[0]?.toFixed(1)}（${availableParallelism()} 核）`);
  try {
    for (const figure of await benchQueries(origin, queriesFor(size))) {
      console.log(
        `查询“${figure.query}”（${figure.results}）：首次 ${figure.first.ms.toFixed(0)} ms（主线程 CPU ${figure.first.cpuMs.toFixed(0)} ms）、` +
          `${kb(figure.first.bytes)}（${figure.first.requests} 个请求）；重复 ${figure.repeated.ms.toFixed(0)} ms（CPU ${figure.repeated.cpuMs.toFixed(0)} ms）、${kb(figure.repeated.bytes)}`,
      );
    }
  } finally {
    server.close();
  }
}

// ---------------------------------------------------------------- one size

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function benchSize(size: number): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), `gongkai-bench-${size}-`));
  try {
    console.log(`\n== ${size} 条合成条目（${work}）`);
    await cp(ROOT, work, {
      recursive: true,
      filter: (source) => !/\/(node_modules|\.git|dist|\.astro|tests)(\/|$)|-cache(\/|$)/.test(source.slice(ROOT.length - 1)),
    });
    await symlink(join(ROOT, 'node_modules'), join(work, 'node_modules'), 'dir');
    for (let i = 0; i < size; i += 1) {
      const { path, text } = syntheticEntry(i);
      const file = join(work, 'content', path);
      if (i < 2) await mkdir(join(file, '..'), { recursive: true });
      await writeFile(file, `${text}\n`);
    }
    const out = join(work, 'dist');
    const build = await run(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], work, {
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

    if (process.env.BENCH_NO_BROWSER) return;
    await benchBrowser(out, size);
  } finally {
    // BENCH_KEEP=1 keeps the temporary project and its build for a closer look.
    if (process.env.BENCH_KEEP) console.log(`保留：${work}`);
    else await rm(work, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- entry point

const args = process.argv.slice(2);
if (args[0] === '--browser-only') {
  // A build kept with BENCH_KEEP=1: --browser-only <dist> <size>
  await benchBrowser(resolve(args[1] ?? ''), Number(args[2] ?? 10000));
} else if (args[0] === '--index-only') {
  const { buildSearchIndex } = await import('../src/integrations/pagefind.ts');
  await buildSearchIndex(resolve(args[1] ?? ''));
} else {
  if (!existsSync(CHROMIUM)) throw new Error(`找不到 Chromium：${CHROMIUM}（可设置 CHROMIUM_PATH）`);
  const sizes = args.length > 0 ? args.map(Number) : [1000, 10000];
  for (const size of sizes) await benchSize(size);
}
