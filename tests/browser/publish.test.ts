// Publishing (npm run publish) with the real tools, on small release trees made here (no Astro build):
// - to an S3-compatible server started on loopback (s3rver), through rclone, with a proxy in front
//   that can refuse chosen uploads or stop answering, as a store or a network does;
// - to several web servers: one folder on this machine and two "remote" hosts reached through a
//   stand-in for ssh that runs the command here (rsync and the host script take the real ssh path).
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './support.ts';

interface S3Server {
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
}
// s3rver is CommonJS without type declarations.
const S3rver = createRequire(import.meta.url)('s3rver') as new (options: Record<string, unknown>) => S3Server;

const work = mkdtempSync(join(tmpdir(), 'gongkai-publish-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Tree = Record<string, string>;

function page(title: string, assets: string[]): string {
  const links = assets.map((asset) => (asset.endsWith('.css') ? `<link rel="stylesheet" href="/${asset}">` : `<a href="/${asset}">附件</a>`)).join('');
  return `<!doctype html><html lang="zh-CN"><head><title>${title}</title>${links}<script type="module" src="/pagefind/pagefind.js"></script></head><body>${title}</body></html>\n`;
}

/** A release like the build's: hashed bundles, Pagefind's index, pages, data and an attachment. */
function release(version: number, options: { withOld?: boolean } = {}): Tree {
  const css = `_astro/BaseLayout.v${version}hash.css`;
  const fragment = `pagefind/fragment/zh-cn_v${version}frag.pf_fragment`;
  const tree: Tree = {
    // From version 3 on the home page links to a page that is new in that version.
    'index.html': page(`首页 第${version}版`, [css, 'files/services/form.pdf', ...(version >= 3 ? ['news/3/'] : [])]),
    'guide/index.html': page(`指南 第${version}版`, [css]),
    '404.html': page('未找到', [css]),
    [css]: `body{color:#${version}${version}${version}}\n`,
    'files/services/form.pdf': '%PDF-1.4 申请表\n',
    'pagefind/pagefind.js': `export const version=${version};\n`,
    'pagefind/pagefind-entry.json': JSON.stringify({ version, languages: { 'zh-cn': { hash: `v${version}frag` } } }),
    [fragment]: `fragment ${version}`,
    [`pagefind/index/zh-cn_v${version}idx.pf_index`]: `index ${version}`,
    [`pagefind/pagefind.zh-cn_v${version}meta.pf_meta`]: `meta ${version}`,
    [`pagefind/filter/zh-cn_v${version}flt.pf_filter`]: `filter ${version}`,
    'pagefind/wasm.unknown.pagefind': 'wasm-gz',
    'data/powers.csv': `编码,名称\nP-001,第${version}版\n`,
    'data/powers.json': `[{"code":"P-001","version":${version}}]\n`,
    'feed.xml': `<?xml version="1.0" encoding="UTF-8"?><rss><channel><title>${version}</title></channel></rss>\n`,
    'search/module.wasm': 'wasm',
  };
  if (options.withOld) tree['old/index.html'] = page('旧页面', [css]);
  if (version >= 3) tree['news/3/index.html'] = page('新闻', [css]);
  return tree;
}

function writeTree(dir: string, tree: Tree): string {
  rmSync(dir, { recursive: true, force: true });
  for (const [path, content] of Object.entries(tree)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** The files a page points at (its stylesheet, attachment, search script and linked pages). */
function referenced(html: string): string[] {
  return [...html.matchAll(/(?:href|src)="\/([^"]+)"/g)].map((match) => (match[1]!.endsWith('/') ? `${match[1]}index.html` : match[1]!));
}

function publish(args: string[], env: Record<string, string> = {}): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(join(ROOT, 'node_modules/.bin/node'), [join(ROOT, 'scripts/publish.ts'), ...args], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: work,
        GONGKAI_S3_ACCESS_KEY_ID: 'S3RVER',
        GONGKAI_S3_SECRET_ACCESS_KEY: 'S3RVER',
        // One try each, so an injected failure fails at once rather than after rclone's retries.
        RCLONE_RETRIES: '1',
        RCLONE_LOW_LEVEL_RETRIES: '1',
        RCLONE_CONTIMEOUT: '10s',
        RCLONE_TIMEOUT: '120s',
        // As on machines that set it for the AWS tools: Debian's rclone 1.60 fails every request
        // when it sees AWS_CA_BUNDLE, so the publish script must hand it over as rclone's own setting.
        ...(existsSync('/etc/ssl/certs/ca-certificates.crt') ? { AWS_CA_BUNDLE: '/etc/ssl/certs/ca-certificates.crt' } : {}),
        ...env,
      },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('close', (status) => resolve({ status, output }));
  });
}

describe('publishing to S3-compatible object storage (s3rver on loopback, through rclone)', () => {
  const bucket = 'gongkai-site';
  const prefix = 'rfb';
  let s3: S3Server;
  let s3Port = 0;
  let proxy: Server;
  /** Keys whose upload the proxy refuses; every request it passes on, in order. */
  const refuse = new Set<string>();
  const requests: { method: string; key: string }[] = [];
  const config = join(work, 's3-targets.yaml');
  const purgeLog = join(work, 'purged.txt');
  const dist = join(work, 'dist');

  const keyOf = (url: string) => decodeURIComponent(new URL(url, 'http://x').pathname).replace(`/${bucket}/${prefix}/`, '');

  beforeAll(async () => {
    s3 = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: join(work, 's3'), configureBuckets: [{ name: bucket, configs: [] }] });
    s3Port = (await s3.run()).port;
    proxy = createServer((incoming: IncomingMessage, outgoing) => {
      const key = keyOf(incoming.url ?? '/');
      if (incoming.method === 'PUT' && refuse.has(key)) {
        incoming.resume();
        outgoing.writeHead(500, { 'content-type': 'application/xml' }).end('<Error><Code>InternalError</Code><Message>refused by the test</Message></Error>');
        return;
      }
      if (incoming.method === 'PUT' || incoming.method === 'DELETE' || incoming.method === 'POST') requests.push({ method: incoming.method, key });
      const forward = request({ host: '127.0.0.1', port: s3Port, method: incoming.method, path: incoming.url, headers: incoming.headers }, (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      });
      forward.on('error', () => outgoing.destroy());
      incoming.pipe(forward);
    });
    await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
    const endpoint = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    writeFileSync(
      config,
      `targets:\n  bucket:\n    kind: s3\n    provider: Minio\n    endpoint: ${endpoint}\n    bucket: ${bucket}\n    prefix: ${prefix}\n    region: us-east-1\n    purge: cat > ${purgeLog}\n`,
    );
  });
  afterAll(async () => {
    proxy.closeAllConnections();
    await new Promise((done) => proxy.close(done));
    await s3.close();
  });

  /** Every object under the prefix, read straight from the server: body, Content-Type, Cache-Control. */
  async function bucketContents(): Promise<Map<string, { body: string; type: string; cache: string }>> {
    const list = await (await fetch(`http://127.0.0.1:${s3Port}/${bucket}?list-type=2&prefix=${prefix}/&max-keys=1000`)).text();
    expect(list).not.toContain('<IsTruncated>true');
    const contents = new Map<string, { body: string; type: string; cache: string }>();
    for (const [, key] of list.matchAll(/<Key>([^<]+)<\/Key>/g)) {
      const response = await fetch(`http://127.0.0.1:${s3Port}/${bucket}/${key!.split('/').map(encodeURIComponent).join('/')}`);
      contents.set(key!.slice(prefix.length + 1), { body: await response.text(), type: response.headers.get('content-type') ?? '', cache: response.headers.get('cache-control') ?? '' });
    }
    return contents;
  }

  async function expectBucketEquals(tree: Tree) {
    const contents = await bucketContents();
    expect([...contents.keys()].sort()).toEqual(Object.keys(tree).sort());
    for (const [path, body] of Object.entries(tree)) expect(contents.get(path)?.body, path).toBe(body);
  }

  /** Every page in the bucket finds every file it points at in the bucket. */
  async function expectEveryPageComplete() {
    const contents = await bucketContents();
    const pages = [...contents.keys()].filter((path) => path.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(2);
    for (const path of pages) for (const asset of referenced(contents.get(path)!.body)) expect(contents.has(asset), `${path} → ${asset}`).toBe(true);
  }

  const v1 = release(1, { withOld: true });
  const v2 = release(2);
  const v3 = release(3);

  it('publishes a release: the bucket equals it, with content types, cache headers and a purge of every address', async () => {
    const result = await publish(['bucket', '--dist', writeTree(dist, v1), '--config', config]);
    expect(result.status, result.output).toBe(0);
    await expectBucketEquals(v1);
    const contents = await bucketContents();
    const headers = (path: string) => ({ type: contents.get(path)?.type, cache: contents.get(path)?.cache });
    const immutable = 'public, max-age=31536000, immutable';
    expect(headers('index.html')).toEqual({ type: 'text/html; charset=utf-8', cache: 'no-cache' });
    expect(headers('_astro/BaseLayout.v1hash.css')).toEqual({ type: 'text/css; charset=utf-8', cache: immutable });
    expect(headers('pagefind/fragment/zh-cn_v1frag.pf_fragment')).toEqual({ type: 'application/octet-stream', cache: immutable });
    expect(headers('pagefind/index/zh-cn_v1idx.pf_index')).toEqual({ type: 'application/octet-stream', cache: immutable });
    expect(headers('pagefind/pagefind.zh-cn_v1meta.pf_meta')).toEqual({ type: 'application/octet-stream', cache: immutable });
    expect(headers('pagefind/filter/zh-cn_v1flt.pf_filter')).toEqual({ type: 'application/octet-stream', cache: immutable });
    expect(headers('pagefind/wasm.unknown.pagefind')).toEqual({ type: 'application/octet-stream', cache: 'no-cache' });
    expect(headers('pagefind/pagefind.js')).toEqual({ type: 'text/javascript; charset=utf-8', cache: 'no-cache' });
    expect(headers('pagefind/pagefind-entry.json')).toEqual({ type: 'application/json; charset=utf-8', cache: 'no-cache' });
    expect(headers('search/module.wasm')).toEqual({ type: 'application/wasm', cache: 'no-cache' });
    expect(headers('data/powers.csv')).toEqual({ type: 'text/csv; charset=utf-8', cache: 'no-cache' });
    expect(headers('data/powers.json')).toEqual({ type: 'application/json; charset=utf-8', cache: 'no-cache' });
    expect(headers('feed.xml')).toEqual({ type: 'application/xml; charset=utf-8', cache: 'no-cache' });
    expect(headers('files/services/form.pdf')).toEqual({ type: 'application/pdf', cache: 'no-cache' });
    const purged = readFileSync(purgeLog, 'utf8').trim().split('\n');
    expect(purged).toEqual(expect.arrayContaining(['/', '/index.html', '/guide/', '/old/', '/data/powers.csv', '/pagefind/pagefind-entry.json']));
    expect(purged.filter((path) => path.startsWith('/_astro/') || path.includes('.pf_'))).toEqual([]);
  });

  it('publishes an update that removes a page: uploads hashed files, then pages, then deletes, and purges what changed', async () => {
    requests.length = 0;
    rmSync(purgeLog, { force: true });
    const result = await publish(['bucket', '--dist', writeTree(dist, v2), '--config', config]);
    expect(result.status, result.output).toBe(0);
    await expectBucketEquals(v2);
    // Order: every upload of a hashed file or attachment, then every page, then every deletion.
    const steps = requests.map(({ method, key }) => (method === 'DELETE' || (method === 'POST' && key.includes('delete')) ? 3 : key.startsWith('_astro/') || key.includes('.pf_') || key.startsWith('files/') ? 1 : 2));
    expect(steps).toContain(1);
    expect(steps).toContain(2);
    expect(steps).toContain(3);
    expect(steps).toEqual([...steps].sort());
    // Unchanged files (the attachment, the WebAssembly) are not sent again.
    expect(requests.map(({ key }) => key)).not.toContain('files/services/form.pdf');
    const purged = readFileSync(purgeLog, 'utf8').trim().split('\n');
    expect(purged).toEqual(expect.arrayContaining(['/', '/index.html', '/old/', '/old/index.html', '/guide/']));
    expect(purged).not.toContain('/files/services/form.pdf');
  });

  it('a failed upload of a hashed file leaves every page of the previous release as it was', async () => {
    refuse.add('_astro/BaseLayout.v3hash.css');
    rmSync(purgeLog, { force: true });
    const result = await publish(['bucket', '--dist', writeTree(dist, v3), '--config', config]);
    refuse.clear();
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/发布失败：发布目标 bucket：第一步（带哈希的静态文件和附件）上传失败.*页面没有任何改动/);
    const contents = await bucketContents();
    for (const [path, body] of Object.entries(v2)) expect(contents.get(path)?.body, path).toBe(body);
    // The bucket is the previous release plus, at most, some of the new release's hashed files.
    const extra = [...contents.keys()].filter((path) => !(path in v2));
    for (const path of extra) expect(path in v3 && (path.startsWith('_astro/') || path.includes('.pf_') || path.startsWith('files/')), path).toBe(true);
    await expectEveryPageComplete();
    expect(existsSync(purgeLog)).toBe(false);
  });

  it('a failed upload of a page deletes nothing: old and new pages both find their files and linked pages', async () => {
    refuse.add('guide/index.html');
    const result = await publish(['bucket', '--dist', writeTree(dist, v3), '--config', config]);
    refuse.clear();
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/第二步（页面、数据和检索入口文件）上传失败.*旧文件一个也没有删除/);
    const contents = await bucketContents();
    expect(contents.get('guide/index.html')?.body).toBe(v2['guide/index.html']);
    for (const path of Object.keys(v2)) expect(contents.has(path), path).toBe(true);
    await expectEveryPageComplete();
  });

  it('a store that does not answer fails the publish with the bucket untouched, and the next publish completes it', async () => {
    const before = await bucketContents();
    // The proxy stops answering: no listing, so nothing is sent.
    proxy.closeAllConnections();
    const saved = proxy.listeners('request');
    proxy.removeAllListeners('request');
    proxy.on('request', (incoming: IncomingMessage) => incoming.socket.destroy());
    const result = await publish(['bucket', '--dist', dist, '--config', config]);
    proxy.removeAllListeners('request');
    for (const listener of saved) proxy.on('request', listener as () => void);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/无法读取存储桶 gongkai-site 的文件列表.*存储桶没有任何改动/);
    expect(await bucketContents()).toEqual(before);

    const again = await publish(['bucket', '--dist', dist, '--config', config]);
    expect(again.status, again.output).toBe(0);
    await expectBucketEquals(v3);
  });

  it('refuses keys written in the targets file, and a target whose key variables are not set', async () => {
    const secretConfig = join(work, 'secret-targets.yaml');
    writeFileSync(secretConfig, readFileSync(config, 'utf8').replace('    region: us-east-1\n', '    region: us-east-1\n    secretAccessKey: abc\n'));
    const secret = await publish(['bucket', '--dist', dist, '--config', secretConfig]);
    expect(secret.status).not.toBe(0);
    expect(secret.output).toContain(`${secretConfig}:9 targets.bucket.secretAccessKey — 凭据不能写在配置文件中`);
    const noKeys = await publish(['bucket', '--dist', dist, '--config', config], { GONGKAI_S3_SECRET_ACCESS_KEY: '' });
    expect(noKeys.status).not.toBe(0);
    expect(noKeys.output).toContain('环境变量 GONGKAI_S3_SECRET_ACCESS_KEY 未设置');
  });
});

describe('publishing to several web servers: upload everywhere, then switch everywhere', () => {
  const hostA = join(work, 'host-a');
  const hostB = join(work, 'host-b');
  const hostC = join(work, 'host-c');
  const sshLog = join(work, 'ssh.log');
  const failFlag = join(work, 'fail-rsync-on-c');
  const fakeSsh = join(work, 'fake-ssh');
  const config = join(work, 'hosts-targets.yaml');
  const dist = join(work, 'hosts-dist');
  const purgeLog = join(work, 'hosts-purged.txt');

  beforeAll(() => {
    // Stands in for ssh: drops the options and the host, logs the command and runs it here. The
    // remote folder tells which host it was for; a flag file makes uploads to host C fail as a
    // dropped connection does.
    writeFileSync(
      fakeSsh,
      `#!/bin/sh
while [ $# -gt 0 ]; do case "$1" in -l|-p|-i|-o) shift 2 ;; -*) shift ;; *) break ;; esac; done
host=$1; shift
echo "$host $*" >> ${sshLog}
case "$*" in *rsync*host-c*) [ -e ${failFlag} ] && { echo "Connection closed by remote host" >&2; exit 255; } ;; esac
exec sh -c "$*"
`,
    );
    chmodSync(fakeSsh, 0o755);
    writeFileSync(config, `targets:\n  web:\n    kind: hosts\n    hosts:\n      - ${hostA}\n      - deploy@web-b.invalid:${hostB}\n      - deploy@web-c.invalid:${hostC}\n    ssh: ${fakeSsh} -o BatchMode=yes\n    keep: 3\n    purge: cat > ${purgeLog}\n`);
  });

  const live = (host: string) => (existsSync(join(host, 'www')) ? readlinkSync(join(host, 'www')) : '');
  const served = (host: string, path: string) => readFileSync(join(host, 'www', path), 'utf8');

  it('publishes the same release to every host and switches all of them', async () => {
    const result = await publish(['web', '--dist', writeTree(dist, release(1)), '--config', config]);
    expect(result.status, result.output).toBe(0);
    const id = live(hostA);
    expect(id).toMatch(/^releases\/\d{8}-\d{6}-[0-9a-f]{8}$/);
    for (const host of [hostB, hostC]) expect(live(host)).toBe(id);
    for (const host of [hostA, hostB, hostC]) expect(served(host, 'index.html')).toBe(release(1)['index.html']);
    // Every upload went before the first switch.
    const log = readFileSync(sshLog, 'utf8').trim().split('\n');
    const lastUpload = Math.max(...log.map((line, index) => (line.includes('rsync --server') ? index : -1)));
    const firstSwitch = log.findIndex((line) => line.includes(' activate '));
    expect(lastUpload).toBeGreaterThan(-1);
    expect(firstSwitch).toBeGreaterThan(lastUpload);
  });

  it('a failed upload to the last host switches no host and removes the unfinished release folders', async () => {
    const before = [hostA, hostB, hostC].map(live);
    writeFileSync(failFlag, '');
    const result = await publish(['web', '--dist', writeTree(dist, release(2)), '--config', config]);
    rmSync(failFlag);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/上传到 deploy@web-c\.invalid:\S+ 失败.*所有服务器都没有切换，仍是上一版/);
    expect([hostA, hostB, hostC].map(live)).toEqual(before);
    for (const host of [hostA, hostB, hostC]) {
      expect(served(host, 'index.html')).toBe(release(1)['index.html']);
      expect(readdirSync(join(host, 'releases'))).toEqual([before[0]!.replace('releases/', '')]);
    }
  });

  it('the next release goes live everywhere, unchanged files shared with the previous release', async () => {
    rmSync(purgeLog, { force: true });
    const result = await publish(['web', '--dist', writeTree(dist, release(2)), '--config', config]);
    expect(result.status, result.output).toBe(0);
    // The CDN in front is told what differs from what the hosts served: pages and data, not the
    // unchanged attachment nor any hashed file.
    const purged = readFileSync(purgeLog, 'utf8').trim().split('\n');
    expect(purged).toEqual(expect.arrayContaining(['/', '/index.html', '/guide/', '/data/powers.csv', '/pagefind/pagefind-entry.json']));
    expect(purged.filter((path) => path.startsWith('/files/') || path.startsWith('/_astro/') || path.includes('.pf_'))).toEqual([]);
    const id = live(hostA);
    for (const host of [hostA, hostB, hostC]) {
      expect(live(host)).toBe(id);
      expect(served(host, 'index.html')).toBe(release(2)['index.html']);
      const releases = readdirSync(join(host, 'releases')).sort();
      expect(releases).toHaveLength(2);
      // rsync --link-dest: a file the new release did not change is the previous release's file.
      const inode = (name: string) => statSync(join(host, 'releases', name, 'files/services/form.pdf')).ino;
      expect(inode(releases[0]!)).toBe(inode(releases[1]!));
      expect(statSync(join(host, 'releases', releases[0]!, 'index.html')).ino).not.toBe(statSync(join(host, 'releases', releases[1]!, 'index.html')).ino);
    }
  });
});

describe('build once, publish anywhere: the daily rebuild on a build host ships its release', () => {
  // A checkout whose build is a stand-in writing a small release (the real build is tested by
  // enforcement-rebuild.test.ts); rebuild.sh, npm run publish and the host script are the real ones.
  const repo = join(work, 'build-host');
  const releases = join(work, 'build-host-releases');
  const webHost = join(work, 'web-d');
  const exports = join(work, 'exports');
  const config = join(work, 'ship-targets.yaml');

  beforeAll(() => {
    for (const path of ['scripts/publish.ts', 'scripts/publish', 'src/lib/content-check/problem.ts', 'src/lib/content-check/invisible.ts', 'deploy']) {
      cpSync(join(ROOT, path), join(repo, path), { recursive: true });
    }
    writeFileSync(
      join(repo, 'scripts/build.ts'),
      `import { mkdirSync, writeFileSync } from 'node:fs';
const out = process.env.GONGKAI_OUT_DIR!;
mkdirSync(out + '/pagefind', { recursive: true });
writeFileSync(out + '/index.html', '<title>' + process.env.GONGKAI_TODAY + ' 的网站</title>');
writeFileSync(out + '/pagefind/pagefind.js', 'export {}');
`,
    );
    symlinkSync(join(ROOT, 'node_modules'), join(repo, 'node_modules'));
    writeFileSync(join(repo, '.gitignore'), 'node_modules\n');
    const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.invalid', ...args], { cwd: repo, encoding: 'utf8' });
    expect(git('init', '--quiet').status).toBe(0);
    git('add', '-A');
    expect(git('commit', '--quiet', '-m', 'site').status).toBe(0);
    writeFileSync(config, `targets:\n  web:\n    kind: hosts\n    hosts:\n      - ${webHost}\n  platform:\n    kind: archive\n    output: ${exports}\n    prefix: rfb\n`);
  });

  it('builds once and sends that release to a web host (files and a symlink only) and as a verified archive', async () => {
    const result = spawnSync('/bin/bash', [join(repo, 'deploy/scheduled-rebuild/rebuild.sh')], {
      encoding: 'utf8',
      env: { PATH: '/usr/bin:/bin', HOME: work, GONGKAI_TODAY: '2027-07-14', SITE_REPO: repo, RELEASES: releases, WEB_ROOT: '', NO_PULL: '1', SKIP_INSTALL: '1', PUBLISH_TARGETS: 'web platform', GONGKAI_PUBLISH_CONFIG: config },
    });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout + result.stderr).toMatch(/shipped \S+ to web[\s\S]*shipped \S+ to platform/);
    expect(readFileSync(join(webHost, 'www/index.html'), 'utf8')).toBe('<title>2027-07-14 的网站</title>');
    const archives = readdirSync(exports).filter((name) => name.endsWith('.tar.gz'));
    expect(archives).toHaveLength(1);
    const verified = await publish(['verify', join(exports, archives[0]!)]);
    expect(verified.status, verified.output).toBe(0);
  });
});
