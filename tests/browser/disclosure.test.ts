// Penalty decisions past their 公示截止期 leave no trace in dist/, and withdrawn ones leave only
// the withdrawal notice. Pagefind's fragments are gzip-compressed, so they are read unzipped.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, useSite, withPage, axeViolations } from './support.ts';
import { filesContaining } from './dist-files.ts';

describe('an expired penalty decision (CF-2025-002, 公示截止期 2025-09-05)', () => {
  it('has no page', () => {
    expect(() => statSync(join(DIST, 'enforcement/penalties/CF-2025-002'))).toThrow();
  });
  it('appears in no file of dist/, search index included', () => {
    expect(filesContaining('示防罚决〔2025〕2号')).toEqual([]);
    expect(filesContaining('310 平方米用作商品仓库')).toEqual([]);
  });
});

// Words of CF-2025-003's 处罚内容. (Its facts also appear in the 2025 inspection results, which
// are a separate public record.)
const PENALTY_3_CONTENT = '责令于 2025 年 10 月 31 日前恢复密闭门';

describe('a withdrawn penalty decision (CF-2025-003)', () => {
  it('keeps its address but only the withdrawal notice, unindexed', () => {
    const html = readFileSync(join(DIST, 'enforcement/penalties/CF-2025-003/index.html'), 'utf8');
    expect(html).toContain('撤回公示');
    expect(html).not.toContain('示防罚决〔2025〕3号');
    expect(html).not.toContain('东湖物业');
    expect(html).not.toContain('data-pagefind-body');
  });
  it('leaves its details nowhere else in dist/', () => {
    expect(filesContaining('示防罚决〔2025〕3号')).toEqual([]);
    expect(filesContaining(PENALTY_3_CONTENT)).toEqual([]);
  });
});

describe('published decisions', () => {
  it('are listed, with their pages indexed for search', () => {
    const list = readFileSync(join(DIST, 'enforcement/penalties/index.html'), 'utf8');
    expect(list).toContain('示防罚决〔2025〕1号');
    expect(list).toContain('示防罚决〔2026〕1号');
    expect(filesContaining('示防罚决〔2025〕1号').some((path) => path.startsWith('pagefind/fragment/'))).toBe(true);
  });
});

describe('in a browser', () => {
  const site = useSite();

  it('the withdrawn notice is readable and accessible', async () => {
    await withPage(site, '/enforcement/penalties/CF-2025-003/', async (page, status) => {
      expect(status).toBe(200);
      await expect(page.locator('h1').textContent()).resolves.toBe('行政处罚决定公示撤回说明');
      await expect(page.locator('main').textContent()).resolves.toContain('撤销');
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  it('the expired decision answers 404', async () => {
    expect(await withPage(site, '/enforcement/penalties/CF-2025-002/', async (_page, status) => status)).toBe(404);
  });
});
