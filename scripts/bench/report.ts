// The figures of npm run bench as a table: pure formatting, so it can be tested without building.

/** Columns a character takes in a terminal: CJK and full-width forms take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(char) ? 2 : 1;
  return width;
}

/** A Markdown table with its columns padded to line up in a terminal (and paste into docs as is). */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((cell, column) => Math.max(displayWidth(cell), ...rows.map((row) => displayWidth(row[column] ?? ''))));
  const line = (cells: string[]) => `| ${widths.map((width, column) => pad(cells[column] ?? '', width)).join(' | ')} |`;
  return [line(header), `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`, ...rows.map(line)].join('\n');
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(width - displayWidth(text));
}

/**
 * The part of a failed build's output worth showing: from the first line that names an error
 * (Astro prints a hint and a stack trace after it), else the end.
 */
export function failureExcerpt(output: string, lines = 15): string[] {
  const all = output.trimEnd().split('\n');
  const first = all.findIndex((line) => /error|失败|未通过/i.test(line));
  return first === -1 ? all.slice(-lines) : all.slice(first, first + lines);
}

/** What one build measured. */
export interface BuildFigures {
  ms: number;
  /** User + system CPU time of the whole process tree (Node, Astro, the Pagefind binary). */
  cpuMs: number;
  peakBytes: number;
  /** HTML pages written. */
  pages: number;
  /** Pages Pagefind indexed, as the build reports it. */
  indexedPages: number;
  indexBytes: number;
  indexFiles: number;
  /** One-minute load average when the build started and when it ended. */
  loadBefore: number;
  loadAfter: number;
  phases: Phases;
}

/** Where a build's time went, from Astro's and the index integration's own log lines. */
export interface Phases {
  /** Config hooks (the content check), content sync and types: Astro's first "[build] ✓ Completed in". */
  setupMs?: number;
  /** "generating static routes … ✓ Completed in". */
  pagesMs?: number;
  /** The index step's "已建立检索索引：N 个页面，用时 X 秒" (scripts/build/search-index.ts; the minimal site's integration). */
  indexMs?: number;
}

/** Astro's durations as getTimeStat writes them: 812ms, 42.56s, 1m 41s. */
export function parseAstroDuration(text: string): number | undefined {
  const match = /^(?:(\d+)m (\d+)s|([\d.]+)s|(\d+)ms)$/.exec(text.trim());
  if (!match) return undefined;
  if (match[1] !== undefined) return (Number(match[1]) * 60 + Number(match[2])) * 1000;
  if (match[3] !== undefined) return Number(match[3]) * 1000;
  return Number(match[4]);
}

export function buildPhases(output: string): Phases {
  // Colours, should Astro ever write them to a pipe.
  const text = output.replace(/\x1b\[[0-9;]*m/g, '');
  const setup = /\[build\] ✓ Completed in ([^\n]+?)\.\s*$/m.exec(text)?.[1];
  const pages = /^\S+ ✓ Completed in ([^\n]+?)\.\s*$/m.exec(text)?.[1];
  const index = /已建立检索索引：\d+ 个页面，用时 ([\d.]+) 秒/.exec(text)?.[1];
  const phases: Phases = {};
  if (setup) phases.setupMs = parseAstroDuration(setup);
  if (pages) phases.pagesMs = parseAstroDuration(pages);
  if (index) phases.indexMs = Number(index) * 1000;
  return phases;
}

/** A build that ran, or the reason it did not. */
export type BuildOutcome = { figures: BuildFigures } | { failure: string };

/** The reason given for a build left out on purpose (npm run bench -- --full-only …). */
export const SKIPPED = '未构建';
export const failed = (outcome: BuildOutcome) => 'failure' in outcome && outcome.failure !== SKIPPED;

export interface SizeResult {
  entries: number;
  full: BuildOutcome;
  minimal: BuildOutcome;
  /** The content check run on its own over the same content (npm run check). */
  checkMs?: number;
}

export const MB = 1024 ** 2;
/** The targets of issue 15: the full build's CPU time within 1.3 times the minimal one's, peak memory at most 2,048 MB. */
export const CPU_RATIO_TARGET = 1.3;
export const PEAK_TARGET_BYTES = 2048 * MB;

const count = (n: number) => n.toLocaleString('en-US');
const megabytes = (bytes: number) => `${count(Math.round(bytes / 1024 / 1024))} MB`;
const indexSize = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const times = (ratio: number) => `${ratio.toFixed(2)}×`;
export const pagesPerSecond = (figures: BuildFigures) => figures.pages / (figures.ms / 1000);

export const HEADER = ['条目', '站点', 'CPU 时间', '构建时间', '峰值内存', 'HTML 页面', '页面/秒', '索引页面', '索引大小', '负载（前→后）'];

function figureRow(entries: number, site: string, outcome: BuildOutcome): string[] {
  if ('failure' in outcome) return [count(entries), site, outcome.failure === SKIPPED ? SKIPPED : '构建失败', '—', '—', '—', '—', '—', '—', '—'];
  const f = outcome.figures;
  return [
    count(entries),
    site,
    `${(f.cpuMs / 1000).toFixed(1)} s`,
    `${(f.ms / 1000).toFixed(1)} s`,
    megabytes(f.peakBytes),
    count(f.pages),
    pagesPerSecond(f).toFixed(0),
    count(f.indexedPages),
    `${indexSize(f.indexBytes)}，${count(f.indexFiles)} 个文件`,
    `${f.loadBefore.toFixed(1)} → ${f.loadAfter.toFixed(1)}`,
  ];
}

/** Rows for one size: the full site, the minimal one, and full/minimal when both built. */
export function sizeRows(result: SizeResult): string[][] {
  const rows = [figureRow(result.entries, '完整站点', result.full), figureRow(result.entries, '最小站点', result.minimal)];
  if ('figures' in result.full && 'figures' in result.minimal) {
    const full = result.full.figures;
    const minimal = result.minimal.figures;
    rows.push([
      count(result.entries),
      '完整/最小',
      times(full.cpuMs / minimal.cpuMs),
      times(full.ms / minimal.ms),
      times(full.peakBytes / minimal.peakBytes),
      times(full.pages / minimal.pages),
      times(pagesPerSecond(full) / pagesPerSecond(minimal)),
      times(full.indexedPages / minimal.indexedPages),
      times(full.indexBytes / minimal.indexBytes),
      '',
    ]);
  }
  return rows;
}

/** One line per size and target, saying whether it was met. */
export function verdicts(results: SizeResult[]): string[] {
  return results.flatMap((result) => {
    const { full, minimal } = result;
    const lines: string[] = [];
    if ('figures' in full && 'figures' in minimal) {
      const ratio = full.figures.cpuMs / minimal.figures.cpuMs;
      lines.push(`${count(result.entries)} 条：CPU 时间为最小站点的 ${times(ratio)}（目标不超过 ${times(CPU_RATIO_TARGET)}）— ${ratio <= CPU_RATIO_TARGET ? '达到' : '未达到'}`);
    } else {
      lines.push(`${count(result.entries)} 条：CPU 时间比无法计算（${failed(full) || failed(minimal) ? '有构建失败' : '只构建了完整站点'}）`);
    }
    if ('figures' in full) {
      const peak = full.figures.peakBytes;
      lines.push(`${count(result.entries)} 条：完整站点峰值内存 ${megabytes(peak)}（目标不超过 ${megabytes(PEAK_TARGET_BYTES)}）— ${peak <= PEAK_TARGET_BYTES ? '达到' : '未达到'}`);
    }
    return lines;
  });
}

/**
 * The line tools read, one per size, in exactly this form:
 * `bench: entries=10000 cpu_ratio=1.27 wall_ratio=1.31 peak_mb=1850` (full/minimal, and the full
 * build's peak). A figure that could not be measured (a failed build) is NA.
 */
export function benchLine(result: SizeResult): string {
  const { full, minimal } = result;
  const both = 'figures' in full && 'figures' in minimal;
  const cpu = both ? (full.figures.cpuMs / minimal.figures.cpuMs).toFixed(2) : 'NA';
  const wall = both ? (full.figures.ms / minimal.figures.ms).toFixed(2) : 'NA';
  const peak = 'figures' in full ? String(Math.round(full.figures.peakBytes / MB)) : 'NA';
  return `bench: entries=${result.entries} cpu_ratio=${cpu} wall_ratio=${wall} peak_mb=${peak}`;
}

export const PHASE_HEADER = ['条目', '站点', '准备（配置与内容检查、内容同步）', '生成页面', '建立索引', '其余（打包、其他集成）', '合计'];

/** Where each build's time went; the rest is what the log lines do not cover. */
export function phaseRows(result: SizeResult): string[][] {
  const row = (site: string, outcome: BuildOutcome): string[] => {
    if ('failure' in outcome) return [count(result.entries), site, outcome.failure === SKIPPED ? SKIPPED : '构建失败', '—', '—', '—', '—'];
    const { ms, phases } = outcome.figures;
    const known = [phases.setupMs, phases.pagesMs, phases.indexMs];
    const rest = known.every((value) => value !== undefined) ? ms - known.reduce((sum: number, value) => sum + (value ?? 0), 0) : undefined;
    const show = (value: number | undefined) => (value === undefined ? '?' : `${(value / 1000).toFixed(1)} s`);
    return [count(result.entries), site, ...known.map(show), show(rest), show(ms)];
  };
  return [row('完整站点', result.full), row('最小站点', result.minimal)];
}
