// deploy/nginx.conf in a real nginx on 127.0.0.1 serving the built site over TLS (a throwaway
// self-signed certificate): security headers, compression, caching, the 404 page, the redirect
// to HTTPS, and search working in Chromium through it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
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

function waitForPort(port: number, deadline = Date.now() + 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => { socket.end(); resolve(); });
      socket.once('error', () => (Date.now() > deadline ? reject(new Error(`nginx did not listen on ${port}`)) : setTimeout(attempt, 100)));
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
    expect(reply.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(reply.headers['cache-control']).toBe('no-cache');
    expect(reply.headers.server).toBe('nginx');
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
    const redirect = await new Promise<Reply>((resolve, reject) => {
      httpRequest({ host: '127.0.0.1', port: httpPort, path: '/services/', headers: { host: 'rfb.example.gov.cn' } }, (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: '' });
      }).on('error', reject).end();
    });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe('https://rfb.example.gov.cn/services/');
  });

  it('lets search work through it in a browser, under the page’s CSP', async () => {
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    try {
      const context = await browser.newContext({ ignoreHTTPSErrors: true });
      const page = await context.newPage();
      const violations: string[] = [];
      page.on('console', (message) => { if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text()); });
      await page.goto(`https://127.0.0.1:${httpsPort}/search/?q=${encodeURIComponent('竣工验收')}`);
      await page.locator('#search-results li').first().waitFor();
      expect(await page.locator('#search-results li').count()).toBeGreaterThan(0);
      expect(violations).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
