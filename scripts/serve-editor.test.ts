// npm run editor: the local-folder mode for one editor's machine. Sveltia CMS offers "使用本地仓库"
// only on 127.0.0.1/localhost, so the server listens there and nowhere else, and serves only the
// built editor's files with the types the browser needs.
import type { Server } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveEditor } from './serve-editor.ts';

let folder: string;
let server: Server;
let origin: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'gongkai-serve-editor-'));
  await mkdir(join(folder, 'editor/locales'), { recursive: true });
  await writeFile(join(folder, 'editor/index.html'), '<!doctype html><title>内容编辑</title>');
  await writeFile(join(folder, 'editor/config.yml'), 'backend:\n  name: gitea\n');
  await writeFile(join(folder, 'editor/locales/zh-CN.json'), '{}');
  await writeFile(join(folder, 'secret.txt'), 'outside the editor');
  ({ server, origin } = await serveEditor(join(folder, 'editor'), 0));
});

afterAll(async () => {
  await new Promise((done) => server?.close(done));
  if (folder) await rm(folder, { recursive: true, force: true });
});

/** A raw request, so that "../" reaches the server as typed rather than as fetch normalises it. */
function rawGet(path: string): Promise<string> {
  const { port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`));
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('utf8')));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}

describe('npm run editor (local-folder mode)', () => {
  it('listens on 127.0.0.1 only, the address where Sveltia CMS offers the local repository', () => {
    const address = server.address();
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
    expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('cannot be reached on the machine’s other addresses', async () => {
    const { port } = new URL(origin);
    const others = Object.values(networkInterfaces()).flat().filter((net) => net && net.family === 'IPv4' && !net.internal).map((net) => net!.address);
    for (const address of others) {
      const reached = await new Promise<boolean>((resolve) => {
        const socket = connect(Number(port), address, () => {
          socket.destroy();
          resolve(true);
        });
        socket.on('error', () => resolve(false));
      });
      expect(reached, address).toBe(false);
    }
  });

  it('serves the editor’s page, configuration and translations with their types', async () => {
    const page = await fetch(`${origin}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('内容编辑');
    expect((await fetch(`${origin}/config.yml`)).headers.get('content-type')).toBe('text/yaml; charset=utf-8');
    const locale = await fetch(`${origin}/locales/zh-CN.json`);
    expect(locale.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(locale.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves nothing outside the editor’s folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/locales/..%2f..%2fsecret.txt']) {
      const answer = await rawGet(path);
      expect(answer, path).toMatch(/^HTTP\/1\.1 404/);
      expect(answer, path).not.toContain('outside the editor');
    }
    expect((await fetch(`${origin}/missing.js`)).status).toBe(404);
  });
});
