import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { AstroIntegration } from 'astro';
import attachments, { attachedFiles, disclosed } from './attachments.ts';
import { fixtureTree } from '../lib/content-check/test-tree.ts';

const addOriginal = (text: string) => text.replace('issuer:', 'original:\n  title: 原件\n  file: files/R-2024.pdf\nissuer:');
const addTemplate = (text: string) => text.replace('    necessity: 必要\n', '    necessity: 必要\n    template:\n      title: 申请表空白表格\n      file: forms/S-001-form.docx\n');

async function treeWithFiles() {
  return fixtureTree({
    'content/reports/R-2024.md': addOriginal,
    'content/reports/files/R-2024.pdf': '%PDF-1.4 test',
    'content/services/S-001.md': addTemplate,
    'content/services/forms/S-001-form.docx': 'docx bytes',
  });
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

describe('attachedFiles', () => {
  it('lists every file an entry attaches, as paths under content/', async () => {
    const before = await baseline();
    const tree = await treeWithFiles();
    try {
      const files = await attachedFiles(tree.root, '2026-01-01');
      expect(files.filter((file) => !before.includes(file))).toEqual(['reports/files/R-2024.pdf', 'services/forms/S-001-form.docx']);
      expect(files).toEqual([...files].sort());
    } finally {
      await tree.cleanup();
    }
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

describe('the integration', () => {
  it('copies the attached files into the built site at their public URLs', async () => {
    const before = await baseline();
    const tree = await treeWithFiles();
    const out = await mkdtemp(join(tmpdir(), 'gongkai-attachments-'));
    try {
      const hooks = attachments().hooks as Required<AstroIntegration['hooks']>;
      const logged: string[] = [];
      const logger = { info: (message: string) => logged.push(message) };
      (hooks['astro:config:done'] as (options: unknown) => void)({ config: { root: pathToFileURL(`${tree.root}/`) } });
      await (hooks['astro:build:done'] as (options: unknown) => Promise<void>)({ dir: pathToFileURL(`${out}/`), logger });
      expect(await readFile(join(out, 'files/reports/files/R-2024.pdf'), 'utf8')).toBe('%PDF-1.4 test');
      expect(await readdir(join(out, 'files/services/forms'))).toEqual(['S-001-form.docx']);
      expect(logged).toEqual([`已复制附件 ${before.length + 2} 个`]);
    } finally {
      await tree.cleanup();
      await rm(out, { recursive: true, force: true });
    }
  });
});
