import { describe, expect, it } from 'vitest';
import { benchLine, buildPhases, SKIPPED, displayWidth, failureExcerpt, formatTable, parseAstroDuration, phaseRows, sizeRows, verdicts, type BuildFigures, type SizeResult } from './report.ts';

const MB = 1024 * 1024;
const figures = (overrides: Partial<BuildFigures>): BuildFigures => ({
  ms: 10_000,
  cpuMs: 12_000,
  peakBytes: 1000 * MB,
  pages: 1000,
  indexedPages: 900,
  indexBytes: 2 * MB,
  indexFiles: 950,
  loadBefore: 3,
  loadAfter: 4.25,
  phases: {},
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
    full: { figures: figures({ ms: 60_000, cpuMs: 90_000, peakBytes: 3000 * MB, pages: 12_000, indexedPages: 10_130, indexBytes: 12 * MB, indexFiles: 10_358 }) },
    minimal: { figures: figures({ ms: 30_000, cpuMs: 70_000, peakBytes: 1500 * MB, pages: 10_132, indexedPages: 10_132, indexBytes: 10 * MB, indexFiles: 10_200 }) },
  };

  it('gives the full site, the minimal one and their ratio', () => {
    expect(sizeRows(result)).toEqual([
      ['10,000', '完整站点', '90.0 s', '60.0 s', '3,000 MB', '12,000', '200', '10,130', '12.0 MB，10,358 个文件', '3.0 → 4.3'],
      ['10,000', '最小站点', '70.0 s', '30.0 s', '1,500 MB', '10,132', '338', '10,132', '10.0 MB，10,200 个文件', '3.0 → 4.3'],
      ['10,000', '完整/最小', '1.29×', '2.00×', '2.00×', '1.18×', '0.59×', '1.00×', '1.20×', ''],
    ]);
  });

  it('says which targets were met: CPU time within 1.3×, peak at most 2,048 MB', () => {
    expect(verdicts([result])).toEqual([
      '10,000 条：CPU 时间为最小站点的 1.29×（目标不超过 1.30×）— 达到',
      '10,000 条：完整站点峰值内存 3,000 MB（目标不超过 2,048 MB）— 未达到',
    ]);
    const over: SizeResult = { ...result, full: { figures: figures({ cpuMs: 91_100, peakBytes: 2048 * MB }) } };
    expect(verdicts([over])).toEqual([
      '10,000 条：CPU 时间为最小站点的 1.30×（目标不超过 1.30×）— 未达到',
      '10,000 条：完整站点峰值内存 2,048 MB（目标不超过 2,048 MB）— 达到',
    ]);
  });

  it('ends with the line tools read, ratios to two decimals and the full build\'s peak in MB', () => {
    expect(benchLine(result)).toBe('bench: entries=10000 cpu_ratio=1.29 wall_ratio=2.00 peak_mb=3000');
    const odd: SizeResult = { ...result, full: { figures: figures({ ms: 40_000, cpuMs: 88_900, peakBytes: 1850.4 * MB }) } };
    expect(benchLine(odd)).toBe('bench: entries=10000 cpu_ratio=1.27 wall_ratio=1.33 peak_mb=1850');
  });

  it('marks a failed build and gives no ratio for it', () => {
    const failed: SizeResult = { ...result, full: { failure: 'astro build 退出码 1' } };
    expect(sizeRows(failed)).toEqual([
      ['10,000', '完整站点', '构建失败', '—', '—', '—', '—', '—', '—', '—'],
      ['10,000', '最小站点', '70.0 s', '30.0 s', '1,500 MB', '10,132', '338', '10,132', '10.0 MB，10,200 个文件', '3.0 → 4.3'],
    ]);
    expect(verdicts([failed])).toEqual(['10,000 条：CPU 时间比无法计算（有构建失败）']);
    expect(benchLine(failed)).toBe('bench: entries=10000 cpu_ratio=NA wall_ratio=NA peak_mb=NA');
  });

  it('marks a build left out on purpose, and still gives the full build\'s peak', () => {
    const fullOnly: SizeResult = { ...result, minimal: { failure: SKIPPED } };
    expect(sizeRows(fullOnly)[1]).toEqual(['10,000', '最小站点', '未构建', '—', '—', '—', '—', '—', '—', '—']);
    expect(verdicts([fullOnly])[0]).toBe('10,000 条：CPU 时间比无法计算（只构建了完整站点）');
    expect(benchLine(fullOnly)).toBe('bench: entries=10000 cpu_ratio=NA wall_ratio=NA peak_mb=3000');
  });
});

describe('where the time went', () => {
  it('reads Astro durations in ms, s and minutes', () => {
    expect(['812ms', '42.56s', '1m 41s', 'soon'].map(parseAstroDuration)).toEqual([812, 42_560, 101_000, undefined]);
  });

  it('finds the setup, page and index phases in a build log', () => {
    const log = [
      '03:03:08 [gongkai:content-check] 内容检查通过',
      '03:03:17 [build] Collecting build info...',
      '03:03:17 [build] ✓ Completed in 17.02s.',
      '03:03:17 [build] Building static entrypoints...',
      '03:03:19 [vite] ✓ built in 2.23s',
      '03:03:19 [build] ✓ Completed in 2.31s.',
      '',
      '\x1b[42m generating static routes \x1b[49m',
      '03:04:02   └─ /sitemap/index.html (+3ms) ',
      '03:04:02 \x1b[32m✓ Completed in 42.56s.\x1b[39m',
      '',
      '03:04:02 [build] ✓ Completed in 44.94s.',
      '03:04:41 [build] 10188 page(s) built in 1m 41s',
      '已建立检索索引：10130 个页面，用时 29.6 秒',
    ].join('\n');
    expect(buildPhases(log)).toEqual({ setupMs: 17_020, pagesMs: 42_560, indexMs: 29_600 });
    expect(buildPhases('03:03:08 [gongkai:content-check] 内容检查通过')).toEqual({});
  });

  it('gives the rest of the time, or ? when a phase was not found', () => {
    const result: SizeResult = {
      entries: 1000,
      full: { figures: figures({ ms: 100_000, phases: { setupMs: 17_000, pagesMs: 42_500, indexMs: 29_600 } }) },
      minimal: { figures: figures({ ms: 35_000, phases: { setupMs: 4_100 } }) },
    };
    expect(phaseRows(result)).toEqual([
      ['1,000', '完整站点', '17.0 s', '42.5 s', '29.6 s', '10.9 s', '100.0 s'],
      ['1,000', '最小站点', '4.1 s', '?', '?', '?', '35.0 s'],
    ]);
  });
});

describe('a failed build', () => {
  it('is shown from the line naming the error', () => {
    const output = ['03:03:03 [build] Waiting for integration…', '[ContentCheckError] 内容检查未通过，共 2 个问题', 'content/a.yaml:1 …', 'content/b.yaml:2 …', '  Hint:'].join('\n');
    expect(failureExcerpt(output, 3)).toEqual(['[ContentCheckError] 内容检查未通过，共 2 个问题', 'content/a.yaml:1 …', 'content/b.yaml:2 …']);
  });

  it('is shown from its end when no line names an error', () => {
    expect(failureExcerpt('one\ntwo\nthree\n', 2)).toEqual(['two', 'three']);
  });
});
