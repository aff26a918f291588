import { describe, expect, it } from 'vitest';
import { copyFileSync, linkSync, mkdirSync, readdirSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { kinds } from '../../src/kinds/index.ts';
import { formatProblem } from '../../src/lib/content-check/problem.ts';
import { scratchDir } from '../../src/lib/content-check/test-tree.ts';
import { ROOT } from './measure.ts';
import { decisionNo, MIX_BLOCK, mixKinds, syntheticDecision, syntheticMix } from './synthetic.ts';

/**
 * The sample office's content under `to`: its files hard-linked (its PDFs are megabytes, and the
 * test only reads them), or copied where `to` is on another disk, such as memory-backed /dev/shm.
 */
function linkContent(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const item of readdirSync(from, { recursive: true, withFileTypes: true })) {
    const source = join(item.parentPath, item.name);
    const target = join(to, relative(from, source));
    if (item.isDirectory()) mkdirSync(target, { recursive: true });
    else {
      mkdirSync(dirname(target), { recursive: true });
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
    }
  }
}

describe('the mix of synthetic entries', () => {
  it('has a power, its responsibility entry, 4 service guides and 14 decisions in every 20', () => {
    expect(mixKinds(MIX_BLOCK)).toEqual(['power', 'responsibility', 'service', 'service', 'service', 'service', ...Array(14).fill('decision')]);
  });

  it('never ends with a power whose responsibility entry is missing', () => {
    expect(mixKinds(21).slice(19)).toEqual(['decision', 'decision']);
    expect(mixKinds(22).slice(20)).toEqual(['power', 'responsibility']);
  });

  it('numbers the decisions of the mix on from 0, as the search benchmark does', () => {
    const decisions = syntheticMix(40).filter((file) => file.path.startsWith('enforcement/'));
    expect(decisions.map((file) => file.path).slice(0, 3)).toEqual([
      'enforcement/penalties/BM-00000.yaml',
      'enforcement/permits/BM-00001.yaml',
      'enforcement/penalties/BM-00002.yaml',
    ]);
    expect(decisions).toEqual(Array.from({ length: 28 }, (_, i) => syntheticDecision(i)));
    expect([decisionNo(0), decisionNo(7)]).toEqual(['示防罚决〔2024〕1000号', '示防许〔2025〕1001号']);
  });

  it('adds no problem to the content check of the sample office (every activity, refs, 索引号, dates)', async () => {
    const root = scratchDir('gongkai-synthetic-');
    try {
      linkContent(join(ROOT, 'content'), join(root, 'content'));
      const before = (await checkContent(root, kinds)).problems.map(formatProblem);
      // 8 blocks: one power of each activity, with its guides, and 112 decisions.
      for (const { path, text } of syntheticMix(8 * MIX_BLOCK)) {
        await mkdir(dirname(join(root, 'content', path)), { recursive: true });
        // 'wx': a new file only, never one linked to the sample content.
        await writeFile(join(root, 'content', path), `${text}\n`, { flag: 'wx' });
      }
      const after = await checkContent(root, kinds);
      const synthetic = (kind: 'powers' | 'responsibilities' | 'services' | 'penalties' | 'permits') =>
        (after.entries[kind] ?? []).filter((entry) => entry.id.startsWith('BM-')).length;
      expect([synthetic('powers'), synthetic('responsibilities'), synthetic('services'), synthetic('penalties'), synthetic('permits')]).toEqual([8, 8, 32, 56, 56]);
      expect(after.problems.map(formatProblem)).toEqual(before);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

