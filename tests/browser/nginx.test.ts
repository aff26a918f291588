// deploy/nginx.conf in a real nginx on 127.0.0.1 serving the built site over TLS (a throwaway
// self-signed certificate): security headers (the Content-Security-Policy of pages and of the
// editor, with reporting, and Cross-Origin-Opener-Policy), compression, caching, the 404 page, the
// redirect to HTTPS, and search and the editor working in Chromium under both the header and the
// page's own <meta> policy.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Page } from 'playwright-core';
import { DIST, ROOT, freePort } from './support.ts';

const work = mkdtempSync(join(tmpdir(), 'gongkai-nginx-'));
let nginx: ChildProcess | undefined;
let httpPort = 0;
let httpsPort = 0;

/** deploy/nginx.conf with only the site-specific lines changed to this test's folder and ports. */
function siteConfig(): string {
  return readFileSync(join(ROOT, 'deploy/nginx.conf'), 'utf8')
    .split('\n')
    .filter((line) => !line.includes('listen [::]'))
    .map((line) =>
      line
        .replace(/listen 80;/, `listen 127.0.0.1:${httpPort};`)
        .replace(/listen 443 ssl( http2)?;/, `listen 127.0.0.1:${httpsPort} ssl$1;`)
        .replace(/root\s+\S+;/, `root ${DIST};`)
        .replace(/ssl_certificate\s+\S+;/, `ssl_certificate ${work}/tls.crt;`)
        .replace(/ssl_certificate_key\s+\S+;/, `ssl_certificate_key ${work}/tls.key;`),
    )
    .join('\n');
}

/** Until nginx listens, or fails when it exits first: no clock, so a busy machine cannot fail it. */
function waitForPort(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (nginx?.exitCode != null) return reject(new Error(`nginx exited (${nginx.exitCode}) before listening on ${port}`));
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => { socket.end(); resolve(); });
      socket.once('error', () => setTimeout(attempt, 100));
    };
    attempt();
  });
}

interface Reply { status: number; headers: IncomingHttpHeaders; body: string }

function get(path: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: httpsPort, path, headers: { host: 'rfb.example.gov.cn', ...headers }, rejectUnauthorized: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** A policy header or meta content as directive → sources. */
function policy(text: string): Map<string, string[]> {
  return new Map(text.split(';').map((part) => part.trim().split(/\s+/)).filter(([name]) => name).map(([name, ...sources]) => [name!.toLowerCase(), sources]));
}

/** Chromium on a fresh context, collecting every Content-Security-Policy complaint of the page. */
async function inBrowser(run: (page: Page, violations: string[]) => Promise<void>): Promise<void> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'], timeout: 0 });
  try {
    const context = await browser.newContext({ ignoreHTTPSErrors: true, locale: 'zh-CN' });
    context.setDefaultTimeout(0); // no Playwright clock: slow is not wrong
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (message) => { if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text()); });
    await run(page, violations);
  } finally {
    await browser.close();
  }
}

beforeAll(async () => {
  const which = spawnSync('nginx', ['-v']);
  if (which.error) throw new Error('nginx 未安装：apt-get install nginx（.ci/run 会安装）');
  [httpPort, httpsPort] = [await freePort(), await freePort()];
  const cert = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=rfb.example.gov.cn', '-keyout', `${work}/tls.key`, '-out', `${work}/tls.crt`]);
  if (cert.status !== 0) throw new Error(cert.stderr.toString());
  writeFileSync(`${work}/site.conf`, siteConfig());
  writeFileSync(
    `${work}/nginx.conf`,
    [
      'worker_processes 1;',
      'daemon off;',
      `pid ${work}/nginx.pid;`,
      `error_log ${work}/error.log warn;`,
      'events {}',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${name}_temp_path ${work}/${name};`),
      `  include ${work}/site.conf;`,
      '}',
    ].join('\n'),
  );
  const check = spawnSync('nginx', ['-t', '-p', work, '-c', `${work}/nginx.conf`, '-e', `${work}/error.log`], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`deploy/nginx.conf 无法加载：${check.stderr}`);
  nginx = spawn('nginx', ['-p', work, '-c', `${work}/nginx.conf`, '-e', `${work}/error.log`], { stdio: 'inherit' });
  await waitForPort(httpsPort);
});

afterAll(() => {
  nginx?.kill('SIGQUIT');
  rmSync(work, { recursive: true, force: true });
});

describe('deploy/nginx.conf', () => {
  it('sends the security headers and no-cache on HTML', async () => {
    const reply = await get('/');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(reply.headers['permissions-policy']).toContain('camera=()');
    expect(reply.headers['content-security-policy']).toBe(
      "img-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; font-src 'self'; media-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; " +
        'report-uri https://csp-report.example.gov.cn/gongkai; report-to gongkai-csp',
    );
    expect(reply.headers['reporting-endpoints']).toBe('gongkai-csp="https://csp-report.example.gov.cn/gongkai"');
    expect(reply.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(reply.headers['cache-control']).toBe('no-cache');
    expect(reply.headers.server).toBe('nginx');
  });

  it('sends the editor its own policy, no looser than the one its page carries', async () => {
    const reply = await get('/admin/');
    expect(reply.status).toBe(200);
    const header = policy(reply.headers['content-security-policy'] as string);
    expect(header.get('script-src')).toEqual(["'self'"]);
    expect(header.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    // Fonts and icons come from the site itself, no CDN.
    expect(header.get('font-src')).toEqual(["'self'"]);
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    expect(header.get('report-uri')).toEqual(['https://csp-report.example.gov.cn/gongkai']);
    expect(reply.headers['cross-origin-opener-policy']).toBe('same-origin-allow-popups');
    // The page's own policy names site.yaml's platform; every source it allows the header allows too.
    const meta = policy(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(reply.body)?.[1] ?? '');
    expect(meta.get('connect-src')).toContain('https://api.github.com');
    for (const [name, sources] of meta) {
      const allowed = header.get(name) ?? [];
      expect(sources.filter((source) => !allowed.includes(source) && !(allowed.includes('https:') && source.startsWith('https://'))), name).toEqual([]);
    }
  });

  it('compresses text and caches hashed assets for a year', async () => {
    const html = (await get('/')).body;
    const css = /href="(\/_astro\/[^"]+\.css)"/.exec(html)?.[1];
    expect(css).toBeTruthy();
    const reply = await get(css!, { 'accept-encoding': 'gzip' });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-encoding']).toBe('gzip');
    expect(reply.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    // The common phrases' manifest keeps its name from build to build: revalidated, never kept a year.
    expect((await get('/search-common/manifest.json')).headers['cache-control']).toBe('no-cache');
  });

  it('answers a missing page with the site’s 404 page and status', async () => {
    const reply = await get('/no-such-page/');
    expect(reply.status).toBe(404);
    expect(reply.body).toContain('页面不存在');
    expect(reply.headers['strict-transport-security']).toBeTruthy();
  });

  it('serves open data as UTF-8 CSV and redirects plain HTTP to HTTPS', async () => {
    const csv = await get('/data/powers.csv');
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    // Types nginx's own list lacks, each from a file the build writes.
    expect((await get('/data/shelters.geojson')).headers['content-type']).toBe('application/geo+json; charset=utf-8');
    expect((await get('/data/powers.xlsx')).headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect((await get('/alarm-tests/JB-2026-12/calendar.ics')).headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect((await get('/alarm-tests/signals/air-raid.wav')).headers['content-type']).toBe('audio/wav');
    const redirect = await new Promise<Reply>((resolve, reject) => {
      httpRequest({ host: '127.0.0.1', port: httpPort, path: '/services/', headers: { host: 'rfb.example.gov.cn' } }, (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: '' });
      }).on('error', reject).end();
    });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe('https://rfb.example.gov.cn/services/');
  });

  it('lets search work through it in a browser, under the header policy and the page’s own', async () => {
    await inBrowser(async (page, violations) => {
      const response = await page.goto(`https://127.0.0.1:${httpsPort}/search/?q=${encodeURIComponent('竣工验收')}`);
      // Both policies apply: the header's and the <meta> one with this build's hashes.
      expect(response?.headers()['content-security-policy']).toContain('report-uri');
      expect(await page.locator('meta[http-equiv="content-security-policy"]').count()).toBe(1);
      await page.locator('#search-results li').first().waitFor();
      expect(await page.locator('#search-results li').count()).toBeGreaterThan(0);
      expect(violations).toEqual([]);
    });
  });

  it('opens the editor under its header policy and its page’s own', async () => {
    await inBrowser(async (page, violations) => {
      await page.goto(`https://127.0.0.1:${httpsPort}/admin/`);
      // In Chinese: its translation came from this site, not unpkg.com.
      await page.getByText('使用本地仓库').waitFor();
      // Its styles were applied (an injected <style> blocked by the policy would leave none).
      expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
      expect(violations).toEqual([]);
    });
  });
});
