import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { AstroIntegration } from 'astro';
import attachments, { attachedFiles, copyAttachment, disclosed } from './attachments.ts';
import { fixtureTree } from '../lib/content-check/test-tree.ts';

const FIXTURES = fileURLToPath(new URL('../../tests/fixtures/attachments/', import.meta.url));

const addOriginal = (text: string) => text.replace('issuer:', 'original:\n  title: 原件\n  file: files/R-2024.pdf\nissuer:');
const addTemplate = (text: string) => text.replace('    necessity: 必要\n', '    necessity: 必要\n    template:\n      title: 申请表空白表格\n      file: forms/S-001-form.docx\n');

/**
 * Runs `test` on the minimal fixture with a real PDF and a real .docx attached, and an empty
 * folder for the built site; both are removed afterwards.
 */
async function withFiles(test: (root: string, out: string) => Promise<void>): Promise<void> {
  const tree = await fixtureTree({ 'content/reports/R-2024.md': addOriginal, 'content/services/S-001.md': addTemplate }, async (root) => {
    await mkdir(join(root, 'content/reports/files'), { recursive: true });
    await mkdir(join(root, 'content/services/forms'), { recursive: true });
    await copyFile(join(FIXTURES, 'good.pdf'), join(root, 'content/reports/files/R-2024.pdf'));
    await copyFile(join(FIXTURES, 'good.docx'), join(root, 'content/services/forms/S-001-form.docx'));
  });
  const out = await mkdtemp(join(tmpdir(), 'gongkai-attachments-'));
  try {
    await test(tree.root, out);
  } finally {
    await tree.cleanup();
    await rm(out, { recursive: true, force: true });
  }
}

/** What the minimal fixture attaches by itself (other kinds may add files to it over time). */
async function baseline(): Promise<string[]> {
  const tree = await fixtureTree();
  try {
    return await attachedFiles(tree.root, '2026-01-01');
  } finally {
    await tree.cleanup();
  }
}

type Hooks = Required<AstroIntegration['hooks']>;

/** Runs the integration's build step over a tree into a fresh folder. */
async function build(root: string, out: string): Promise<string[]> {
  const hooks = attachments().hooks as Hooks;
  const logged: string[] = [];
  const logger = { info: (message: string) => logged.push(message) };
  (hooks['astro:config:done'] as (options: unknown) => void)({ config: { root: pathToFileURL(`${root}/`) } });
  await (hooks['astro:build:done'] as (options: unknown) => Promise<void>)({ dir: pathToFileURL(`${out}/`), logger });
  return logged;
}

describe('attachedFiles', () => {
  it('lists every file an entry attaches, as paths under content/', async () => {
    const before = await baseline();
    await withFiles(async (root) => {
      const files = await attachedFiles(root, '2026-01-01');
      expect(files.filter((file) => !before.includes(file))).toEqual(['reports/files/R-2024.pdf', 'services/forms/S-001-form.docx']);
      expect(files).toEqual([...files].sort());
    });
  });
});

describe('disclosed', () => {
  it('keeps the files of entries shown today and drops those of expired or withdrawn decisions', () => {
    expect(disclosed({ title: '报告' }, '2026-01-01')).toBe(true);
    expect(disclosed({ disclosureUntil: '2026-06-30' }, '2026-01-01')).toBe(true);
    expect(disclosed({ disclosureUntil: '2025-12-31' }, '2026-01-01')).toBe(false);
    expect(disclosed({ disclosureUntil: '2026-06-30', withdrawal: { kind: '撤销', date: '2025-12-01', reason: '复议撤销' } }, '2026-01-01')).toBe(false);
  });
});

describe('the build step', () => {
  it('copies the attached files into the built site at their public URLs, byte for byte', async () => {
    const before = await baseline();
    await withFiles(async (root, out) => {
      const logged = await build(root, out);
      expect(await readFile(join(out, 'files/reports/files/R-2024.pdf'))).toEqual(await readFile(join(FIXTURES, 'good.pdf')));
      expect(await readFile(join(out, 'files/services/forms/S-001-form.docx'))).toEqual(await readFile(join(FIXTURES, 'good.docx')));
      expect(await readdir(join(out, 'files/services/forms'))).toEqual(['S-001-form.docx']);
      expect(logged).toEqual([`已复制附件 ${before.length + 2} 个`]);
    });
  });

  it('refuses on its own a file replaced by a link after the check, and copies nothing of it', async () => {
    await withFiles(async (root, out) => {
      await attachedFiles(root, '2026-01-01'); // the check runs here and passes
      const file = join(root, 'content/reports/files/R-2024.pdf');
      await rm(file);
      await symlink('/etc/passwd', file);
      await expect(build(root, out)).rejects.toThrow(
        'content/reports/files/R-2024.pdf：附件“reports/files/R-2024.pdf”是符号链接，不会发布 (期望 把文件本身放在 content/reports/files/R-2024.pdf，不用符号链接)',
      );
      await expect(readdir(join(out, 'files/reports/files'))).rejects.toThrow('ENOENT');
    });
  });

  it('does not write through a link or into a folder left at the target in the built site', async () => {
    await withFiles(async (root, out) => {
      const victim = join(out, 'victim.txt');
      await writeFile(victim, 'untouched');
      await mkdir(join(out, 'files/reports/files'), { recursive: true });
      await symlink(victim, join(out, 'files/reports/files/R-2024.pdf'));
      await expect(copyAttachment(join(root, 'content'), 'reports/files/R-2024.pdf', out)).rejects.toThrow('ELOOP');
      expect(await readFile(victim, 'utf8')).toBe('untouched');
      // A folder where the file goes (e.g. from public/) fails with the system's own word for it.
      await mkdir(join(out, 'files/services/forms/S-001-form.docx'), { recursive: true });
      await expect(copyAttachment(join(root, 'content'), 'services/forms/S-001-form.docx', out)).rejects.toThrow('EISDIR');
    });
  });

  it('refuses an executable put in place of a checked PDF', async () => {
    await withFiles(async (root, out) => {
      await copyFile(join(FIXTURES, 'elf-renamed.pdf'), join(root, 'content/reports/files/R-2024.pdf'));
      await expect(copyAttachment(join(root, 'content'), 'reports/files/R-2024.pdf', out)).rejects.toThrow(
        'content/reports/files/R-2024.pdf：附件“reports/files/R-2024.pdf”的内容不是 PDF（实为 ELF 可执行文件）',
      );
    });
  });
});

/** A stand-in for the dev server's response: headers and the bytes written. */
class Response extends Writable {
  headers: Record<string, string> = {};
  body: Buffer[] = [];
  setHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  override _write(chunk: Buffer, _encoding: string, callback: () => void) {
    this.body.push(chunk);
    callback();
  }
}

type Middleware = (request: { url: string }, response: Response, next: () => void) => void;

/** Asks the dev middleware for a URL below /files/: the bytes and type served, or "next" when it passes. */
async function serve(root: string, url: string): Promise<{ type?: string; body: Buffer } | 'next'> {
  let middleware: Middleware | undefined;
  const hooks = attachments().hooks as Hooks;
  (hooks['astro:config:done'] as (options: unknown) => void)({ config: { root: pathToFileURL(`${root}/`) } });
  (hooks['astro:server:setup'] as (options: unknown) => void)({ server: { middlewares: { use: (_base: string, fn: Middleware) => (middleware = fn) } } });
  const response = new Response();
  return new Promise((done) => {
    response.on('finish', () => done({ type: response.headers['Content-Type'], body: Buffer.concat(response.body) }));
    middleware?.({ url }, response, () => done('next'));
  });
}

describe('the dev server', () => {
  it('serves an attached file from content/ with its type', async () => {
    await withFiles(async (root) => {
      expect(await serve(root, '/reports/files/R-2024.pdf')).toEqual({ type: 'application/pdf', body: await readFile(join(FIXTURES, 'good.pdf')) });
    });
  });

  it('passes on links, paths out of content/ and disguised files instead of serving them', async () => {
    await withFiles(async (root) => {
      await symlink('/etc/passwd', join(root, 'content/reports/files/passwd.pdf'));
      await copyFile(join(FIXTURES, 'elf-renamed.pdf'), join(root, 'content/reports/files/tool.pdf'));
      await copyFile(join(FIXTURES, 'good.pdf'), join(root, 'outside.pdf'));
      for (const url of ['/reports/files/passwd.pdf', '/reports/files/tool.pdf', '/../outside.pdf', '/%2e%2e/outside.pdf', '/%E0%A4%A.pdf', '/reports/files/']) {
        expect(await serve(root, url)).toBe('next');
      }
    });
  });
});
