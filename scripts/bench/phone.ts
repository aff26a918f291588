// The sample site on a throttled mid-range phone: how long the first search from the home page
// takes (4× CPU slowdown, 1.6 Mbps down, 150 ms latency, as Lighthouse's mobile profile), and
// Lighthouse's mobile scores for the home page, a service guide and a results page. Figures for
// docs/benchmarks.md, not a test: they depend on the machine and how busy it is.
import { execFileSync } from 'node:child_process';
import { createHash, createPublicKey } from 'node:crypto';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createSecureServer, type Http2ServerRequest, type Http2ServerResponse } from 'node:http2';
import { cpus, loadavg, tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.xml': 'application/xml' };

/** The phone: Lighthouse's "slow 4G" mobile profile. */
export const PHONE = { cpuSlowdown: 4, downloadBps: 1.6e6, uploadBps: 750e3, latencyMs: 150 };

/**
 * A self-signed certificate for 127.0.0.1 (openssl), for the HTTPS the site is served over, made
 * once, and the browser flag that trusts it by its key: with a certificate error instead, Chromium
 * would keep nothing in its cache and every file would be fetched again.
 */
let tls: Promise<{ key: Buffer; cert: Buffer; flag: string }> | undefined;
function certificate(): Promise<{ key: Buffer; cert: Buffer; flag: string }> {
  tls ??= (async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gongkai-phone-'));
    try {
      const key = join(dir, 'key.pem');
      const cert = join(dir, 'cert.pem');
      execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', key, '-out', cert], { stdio: 'ignore' });
      const publicKey = createPublicKey(await readFile(cert)).export({ type: 'spki', format: 'der' });
      return { key: await readFile(key), cert: await readFile(cert), flag: `--ignore-certificate-errors-spki-list=${createHash('sha256').update(publicKey).digest('base64')}` };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  })();
  return tls;
}

/** Flags for a browser of the bench: trusting the bench's certificate (see certificate). */
export async function browserArgs(): Promise<string[]> {
  return ['--no-sandbox', '--disable-gpu', (await certificate()).flag];
}

/**
 * A static server as deploy/nginx.conf serves the site: HTTPS over HTTP/2 (one connection, every
 * request at once; over HTTP/1.1 a browser opens six and the search's many small requests queue),
 * text compressed; unknown paths get 404.html, as nginx does.
 */
export async function serve(dir: string): Promise<{ server: { close: () => void }; origin: string }> {
  const handle = async (request: Http2ServerRequest, response: Http2ServerResponse) => {
    let path = join(dir, decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname));
    let status = 200;
    try {
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      await stat(path);
    } catch {
      path = join(dir, '404.html');
      status = 404;
    }
    const type = TYPES[extname(path)];
    let body = await readFile(path);
    const headers: Record<string, string> = { 'content-type': type ?? 'application/octet-stream', 'cache-control': 'max-age=3600' };
    if (type && /gzip/.test(String(request.headers['accept-encoding']))) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    response.writeHead(status, headers);
    response.end(body);
  };
  const { key, cert } = await certificate();
  const server = createSecureServer({ key, cert, allowHTTP1: true }, (request, response) => void handle(request, response));
  return new Promise((done) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    done({ server, origin: `https://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
  }));
}

/**
 * How the query gets into the home page's search box: pasted and sent at once (nothing can be
 * fetched ahead), or typed as a person does, the box tapped first, a character every `TYPING_MS`,
 * and sent `LOOK_MS` later (the time to look at what was typed and press the key or button).
 */
export type Entry = 'pasted' | 'typed';
const TYPING_MS = 300;
const LOOK_MS = 1000;

/** Milliseconds from submitting `query` in the home page's search box to the first result shown, on the phone. */
export async function firstSearchFromHome(origin: string, query: string, entry: Entry = 'pasted'): Promise<number> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: await browserArgs() });
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: PHONE.latencyMs, downloadThroughput: PHONE.downloadBps / 8, uploadThroughput: PHONE.uploadBps / 8 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    const box = page.locator('#site-search-q');
    if (entry === 'typed') {
      await box.tap();
      await box.pressSequentially(query, { delay: TYPING_MS });
      await page.waitForTimeout(LOOK_MS);
    } else {
      await box.fill(query);
    }
    const started = Date.now();
    await page.locator('#site-search-q').press('Enter');
    await page.locator('#search-results li').first().waitFor({ timeout: 120_000 });
    return Date.now() - started;
  } finally {
    await browser.close();
  }
}

/** Lighthouse mobile scores (0–100) for one address, and what the performance score is made of. */
export async function lighthouseScores(url: string): Promise<{ scores: Record<string, number>; metrics: string }> {
  const { launch } = await import('chrome-launcher');
  const { default: lighthouse } = await import('lighthouse');
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: ['--headless', ...(await browserArgs())] });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
    const categories = result?.lhr.categories ?? {};
    const audits = result?.lhr.audits ?? {};
    const metrics = ['largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'first-contentful-paint', 'speed-index']
      .map((id) => `${id.split('-').map((word) => word[0]?.toUpperCase()).join('')} ${audits[id]?.displayValue ?? '?'}`)
      .join('，');
    return { scores: Object.fromEntries(Object.entries(categories).map(([name, category]) => [name, Math.round((category.score ?? 0) * 100)])), metrics };
  } finally {
    await chrome.kill();
  }
}

/**
 * Runs both on a built site and prints them, for a query with a ready answer (a phrase of the
 * site's titles, src/lib/search-common/ready.ts) and for a question Pagefind answers.
 */
export async function benchPhone(dist: string, guide = '/services/RF-ZS-001-01/', queries = ['易地建设费', '易地建设费怎么交']): Promise<void> {
  const { server, origin } = await serve(dist);
  const manifest = JSON.parse(await readFile(join(dist, 'search-common/manifest.json'), 'utf8').catch(() => '{"phrases":{}}')) as { phrases: Record<string, string> };
  try {
    console.log(`负载（1 分钟平均）：${loadavg()[0]?.toFixed(1)}，CPU ${cpus().length} 个`);
    for (const query of queries) {
      const how = manifest.phrases[query] ? '预先算好的结果' : 'Pagefind 检索';
      for (const entry of ['pasted', 'typed'] as const) {
        const times: number[] = [];
        for (let i = 0; i < 3; i += 1) times.push(await firstSearchFromHome(origin, query, entry));
        times.sort((a, b) => a - b);
        const typing = entry === 'typed' ? `逐字输入（每字 ${TYPING_MS} ms，停 ${LOOK_MS} ms 后提交）` : '粘贴后立即';
        console.log(`手机（CPU 降速 ${PHONE.cpuSlowdown} 倍，下行 ${PHONE.downloadBps / 1e6} Mbps，延迟 ${PHONE.latencyMs} ms）在首页${typing}搜索“${query}”（${how}），从提交到显示第一条结果：中位数 ${times[1]} ms（${times.join(' / ')} ms）`);
      }
    }
    for (const path of ['/', guide, ...queries.map((query) => `/search/?q=${encodeURIComponent(query)}`)]) {
      const { scores, metrics } = await lighthouseScores(`${origin}${path}`);
      console.log(`Lighthouse 移动端 ${decodeURIComponent(path)}：${Object.entries(scores).map(([name, score]) => `${name} ${score}`).join('，')}（${metrics}；负载 ${loadavg()[0]?.toFixed(1)}）`);
    }
  } finally {
    server.close();
  }
}
