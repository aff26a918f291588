import { describe, expect, it } from 'vitest';
import { displayWidth, formatTable, sizeRows, verdicts, type BuildFigures, type SizeResult } from './report.ts';

const MB = 1024 * 1024;
const figures = (overrides: Partial<BuildFigures>): BuildFigures => ({
  ms: 10_000,
  peakBytes: 1000 * MB,
  pages: 1000,
  indexedPages: 900,
  indexBytes: 2 * MB,
  indexFiles: 950,
  loadBefore: 3,
  loadAfter: 4.25,
  ...overrides,
});

describe('table layout', () => {
  it('counts CJK and full-width characters as two columns', () => {
    expect([displayWidth('abc'), displayWidth('页面/秒'), displayWidth('负载（前→后）')]).toEqual([3, 7, 13]);
  });

  it('pads columns to the widest cell', () => {
    expect(formatTable(['条目', 'time'], [['1,000', '9.5 s'], ['10,000', '61.0 s']])).toBe(
      ['| 条目   | time   |', '| ------ | ------ |', '| 1,000  | 9.5 s  |', '| 10,000 | 61.0 s |'].join('\n'),
    );
  });
});

describe('rows and verdicts', () => {
  const result: SizeResult = {
    entries: 10000,
    full: { figures: figures({ ms: 60_000, peakBytes: 3000 * MB, pages: 12_000, indexedPages: 10_130, indexBytes: 12 * MB, indexFiles: 10_358 }) },
    minimal: { figures: figures({ ms: 30_000, peakBytes: 1500 * MB, pages: 10_132, indexedPages: 10_132, indexBytes: 10 * MB, indexFiles: 10_200 }) },
  };

  it('gives the full site, the minimal one and their ratio', () => {
    expect(sizeRows(result)).toEqual([
      ['10,000', '完整站点', '60.0 s', '3,000 MB', '12,000', '200', '10,130', '12.0 MB，10,358 个文件', '3.0 → 4.3'],
      ['10,000', '最小站点', '30.0 s', '1,500 MB', '10,132', '338', '10,132', '10.0 MB，10,200 个文件', '3.0 → 4.3'],
      ['10,000', '完整/最小', '2.00×', '2.00×', '1.18×', '0.59×', '1.00×', '1.20×', ''],
    ]);
  });

  it('says which targets were met', () => {
    expect(verdicts([result])).toEqual([
      '10,000 条：构建时间为最小站点的 2.00×（目标不超过 1.50×）— 未达到',
      '10,000 条：完整站点峰值内存 3,000 MB（目标低于 4,096 MB）— 达到',
    ]);
  });

  it('marks a failed build and gives no ratio for it', () => {
    const failed: SizeResult = { ...result, full: { failure: 'astro build 退出码 1' } };
    expect(sizeRows(failed)).toEqual([
      ['10,000', '完整站点', '构建失败', '—', '—', '—', '—', '—', '—'],
      ['10,000', '最小站点', '30.0 s', '1,500 MB', '10,132', '338', '10,132', '10.0 MB，10,200 个文件', '3.0 → 4.3'],
    ]);
    expect(verdicts([failed])).toEqual(['10,000 条：构建时间比无法计算（有构建失败）']);
  });
});
