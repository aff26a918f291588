// npm run bench [-- 1000 10000]: what building the site costs as the content grows. For each size it
// copies the project to a temporary folder (the real content/ and dist/ are never touched), adds that
// many synthetic entries of several kinds (powers with their responsibility entries, service guides,
// penalty and permit decisions), and builds it twice in the same run: the full Gongkai site the way
// staff build it (`node scripts/build.ts`: the content check, `astro build`, then the Pagefind index
// in a step of its own), and a minimal Astro + Pagefind site generated beside it that reads the same
// entry files (scripts/bench/minimal-site.ts, `astro build`). It prints CPU time (user + system of
// the whole process tree, from bash's `times`), build time, peak memory, pages per second and index
// size of both, and full/minimal, and ends with one line per size for tools:
//   bench: entries=10000 cpu_ratio=1.27 wall_ratio=1.31 peak_mb=1850
// It is not a test. Peak memory is read from /proc (Linux). BENCH_KEEP=1 keeps the temporary copies.
// --full-only builds only the full site (for sizes where the minimal one would take too long).
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { copyProject, ROOT, run, RunError, sizeOnDisk } from './bench/measure.ts';
import { mixKinds, syntheticMix } from './bench/synthetic.ts';
import { writeMinimalSite } from './bench/minimal-site.ts';
import { benchLine, buildPhases, failed, failureExcerpt, SKIPPED, formatTable, HEADER, PHASE_HEADER, phaseRows, sizeRows, verdicts, type BuildOutcome, type SizeResult } from './bench/report.ts';

const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const load = () => loadavg()[0] ?? 0;

/** Runs `script` (a build) in `cwd`, which builds into `outDir`; a failed build is reported, not thrown. */
async function measureBuild(label: string, logName: string, script: string, cwd: string, outDir: string, env: Record<string, string>): Promise<BuildOutcome> {
  const loadBefore = load();
  try {
    const build = await run(process.execPath, script === ASTRO ? [ASTRO, 'build'] : [script], cwd, { ASTRO_TELEMETRY_DISABLED: '1', ...env });
    const loadAfter = load();
    const pages = (await sizeOnDisk(outDir, (name) => name.endsWith('.html'))).files;
    const index = await sizeOnDisk(join(outDir, 'pagefind'));
    const indexedPages = Number(/已建立检索索引：(\d+) 个页面/.exec(build.output)?.[1] ?? 0);
    const figures = { ms: build.ms, cpuMs: build.cpuMs, peakBytes: build.peakBytes, pages, indexedPages, indexBytes: index.bytes, indexFiles: index.files, loadBefore, loadAfter, phases: buildPhases(build.output) };
    console.log(`  ${label}：${(figures.ms / 1000).toFixed(1)} s，CPU ${(figures.cpuMs / 1000).toFixed(1)} s，峰值内存 ${(figures.peakBytes / 1024 / 1024).toFixed(0)} MB，${pages} 个页面，负载 ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)}`);
    return { figures };
  } catch (error) {
    if (!(error instanceof RunError)) {
      console.error(`  ${label}无法构建：${String(error)}`);
      return { failure: String(error) };
    }
    // The whole output goes to a file outside the temporary folder, which is removed.
    const log = join(tmpdir(), `gongkai-bench-failed-${logName}.log`);
    await writeFile(log, error.output);
    const excerpt = failureExcerpt(error.output).map((line) => `    ${line}`).join('\n');
    console.error(`  ${label}构建失败（退出码 ${error.code}），完整输出见 ${log}：\n${excerpt}`);
    return { failure: `退出码 ${error.code}` };
  }
}

async function benchSize(size: number, fullOnly: boolean): Promise<SizeResult> {
  const work = await mkdtemp(join(tmpdir(), `gongkai-bench-build-${size}-`));
  try {
    const kinds = mixKinds(size);
    const tally = (kind: string) => kinds.filter((each) => each === kind).length;
    console.log(`\n== ${size} 条合成条目（权力事项 ${tally('power')}、责任清单 ${tally('responsibility')}、服务指南 ${tally('service')}、处罚和许可决定 ${tally('decision')}）：${work}`);
    await copyProject(work);
    const sample = (await readdir(join(work, 'content'), { recursive: true })).filter((file) => /\.(ya?ml|md)$/.test(file) && !/(^|\/)files\//.test(file)).length;
    const folders = new Set<string>();
    for (const { path, text } of syntheticMix(size)) {
      const file = join(work, 'content', path);
      const folder = dirname(file);
      if (!folders.has(folder)) await mkdir(folder, { recursive: true });
      folders.add(folder);
      await writeFile(file, `${text}\n`);
    }
    console.log(`  另有示例机关自己的 ${sample} 条条目`);

    // As staff build it: scripts/build.ts runs astro build, then the index step, then swaps the folder in.
    const full = await measureBuild('完整站点', `${size}-full`, join(work, 'scripts/build.ts'), work, join(work, 'dist'), { GONGKAI_OUT_DIR: join(work, 'dist') });
    if (fullOnly) return { entries: size, full, minimal: { failure: SKIPPED } };
    const minimalDir = join(work, 'minimal');
    await writeMinimalSite(minimalDir, join(work, 'content'), join(ROOT, 'node_modules'));
    const minimal = await measureBuild('最小站点', `${size}-minimal`, ASTRO, minimalDir, join(minimalDir, 'dist'), {});
    // The content check on its own, as `npm run check` runs it: part of the full build's 准备 phase.
    const check = await run(process.execPath, [join(work, 'scripts/check-content.ts')], work, {}).catch((error: unknown) => {
      const first = error instanceof RunError ? `退出码 ${error.code}，首个问题：${failureExcerpt(error.output, 1)[0] ?? ''}` : String(error);
      console.error(`  内容检查单独运行失败（${first}）`);
      return undefined;
    });
    if (check) console.log(`  内容检查单独运行：${(check.ms / 1000).toFixed(1)} s`);
    return { entries: size, full, minimal, ...(check ? { checkMs: check.ms } : {}) };
  } finally {
    // BENCH_KEEP=1 keeps the temporary project, the minimal site and both builds for a closer look.
    if (process.env.BENCH_KEEP) console.log(`  保留：${work}`);
    else await rm(work, { recursive: true, force: true });
  }
}

const fullOnly = process.argv.includes('--full-only');
const args = process.argv.slice(2).filter((arg) => arg !== '--full-only');
const sizes = args.length > 0 ? args.map(Number) : [1000, 10000];
if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
  console.error(`用法：npm run bench [-- [--full-only] 条目数 …]，例如 npm run bench -- 1000 10000（收到：${args.join(' ')}）`);
  process.exit(2);
}
console.log(
  `机器：${availableParallelism()} 核，内存 ${(totalmem() / 1024 ** 3).toFixed(0)} GB，Node ${process.version}；` +
    `开始时负载（1/5/15 分钟平均）${loadavg().map((value) => value.toFixed(1)).join(' / ')}（其他构建可能同时在运行）`,
);
const results: SizeResult[] = [];
for (const size of sizes) results.push(await benchSize(size, fullOnly));

console.log(`\n${formatTable(HEADER, results.flatMap(sizeRows))}\n`);
console.log(`构建时间的分布：\n${formatTable(PHASE_HEADER, results.flatMap(phaseRows))}\n`);
for (const result of results) if (result.checkMs !== undefined) console.log(`${result.entries} 条：内容检查单独运行 ${(result.checkMs / 1000).toFixed(1)} s`);
for (const line of verdicts(results)) console.log(line);
console.log(`结束时负载（1/5/15 分钟平均）${loadavg().map((value) => value.toFixed(1)).join(' / ')}`);
if (results.some((result) => failed(result.full) || failed(result.minimal))) {
  console.error('\n有构建失败，见上文；失败的构建没有数字（NA）。');
  process.exitCode = 1;
}
// Last, one line per size, for tools.
console.log('');
for (const result of results) console.log(benchLine(result));
