// Measuring helpers shared by the benchmarks: a temporary copy of the project, a command run with
// the peak resident memory of its whole process tree (Node and the Pagefind binary it starts),
// sampled from /proc (Linux only), and its CPU time, and sizes on disk.
import { cp, readdir, stat, symlink } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Resident memory in bytes from the text of /proc/<pid>/status (0 when absent, as for a zombie). */
export function parseVmRss(status: string): number {
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
}

/** Process ids from the text of /proc/<pid>/task/<tid>/children. */
export function parseChildren(text: string): number[] {
  return text.split(/\s+/).filter(Boolean).map(Number);
}

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
export function treeRss(pid: number): number {
  try {
    const rss = parseVmRss(readFileSync(`/proc/${pid}/status`, 'utf8'));
    const children = readdirSyncSafe(`/proc/${pid}/task`).flatMap((task) => parseChildren(readFileSafe(`/proc/${pid}/task/${task}/children`)));
    return rss + children.reduce((sum, child) => sum + treeRss(child), 0);
  } catch {
    return 0;
  }
}
function readFileSafe(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
function readdirSyncSafe(path: string): string[] {
  try {
    return readdirSync(path);
  } catch {
    return [];
  }
}

/** CPU time as bash's `times` prints it, e.g. "1m2.345s": in milliseconds. */
function parseClock(text: string): number | undefined {
  const match = /^(\d+)m(\d+)[.,](\d+)s$/.exec(text);
  return match ? (Number(match[1]) * 60 + Number(`${match[2]}.${match[3]}`)) * 1000 : undefined;
}

/**
 * The CPU time of a shell's children from the output of bash's `times` (first line: the shell's
 * own user and system time; second line: those of its children, grandchildren included as long
 * as every parent waited for its own), in milliseconds.
 */
export function parseChildrenTimes(text: string): { userMs: number; systemMs: number } | undefined {
  const line = text.trim().split('\n')[1]?.trim().split(/\s+/);
  const [user, system] = [parseClock(line?.[0] ?? ''), parseClock(line?.[1] ?? '')];
  return user === undefined || system === undefined ? undefined : { userMs: user, systemMs: system };
}

export interface Run {
  ms: number;
  peakBytes: number;
  /** User + system CPU time of the command and every process it started and waited for. */
  cpuMs: number;
  output: string;
}

/** A command that exited with an error; the output is kept for the report. */
export class RunError extends Error {
  readonly code: number | null;
  readonly output: string;
  constructor(command: string, code: number | null, output: string) {
    super(`${command} 失败（${code}）：\n${output.slice(-3000)}`);
    this.code = code;
    this.output = output;
  }
}

/**
 * The command run by bash, which reports its CPU time with `times` on descriptor 3 once the
 * command has ended, so that the command's own output is left as it is.
 */
const TIMED = '"$@"; status=$?; times >&3; exit $status';

/**
 * Runs a command, sampling the memory of its whole process tree every 100 ms and measuring the
 * CPU time of the whole tree.
 */
export function run(command: string, args: string[], cwd: string, env: Record<string, string>): Promise<Run> {
  return new Promise((resolveRun, reject) => {
    const started = performance.now();
    const child = spawn('bash', ['-c', TIMED, 'bench', command, ...args], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
    let output = '';
    let times = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.stdio[3]?.on('data', (chunk) => (times += chunk));
    let peakBytes = 0;
    const sampler = setInterval(() => (peakBytes = Math.max(peakBytes, treeRss(child.pid ?? 0))), 100);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      const ms = performance.now() - started;
      if (code !== 0) return reject(new RunError(`${command} ${args.join(' ')}`, code, output));
      const cpu = parseChildrenTimes(times);
      if (!cpu) return reject(new RunError(`${command} ${args.join(' ')}`, code, `${output}\n无法读取 bash times 的输出：${JSON.stringify(times)}`));
      resolveRun({ ms, peakBytes, cpuMs: cpu.userMs + cpu.systemMs, output });
    });
  });
}

/** Total size and number of the files under dir, optionally only those whose name passes `only`. */
export async function sizeOnDisk(dir: string, only: (name: string) => boolean = () => true): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !only(entry.name)) continue;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
    files += 1;
  }
  return { bytes, files };
}

/**
 * Copies the project into `work` without node_modules, git, builds, caches or tests (so the real
 * content/ and dist/ are never touched), and links the project's node_modules into it.
 */
export async function copyProject(work: string): Promise<void> {
  await cp(ROOT, work, {
    recursive: true,
    filter: (source) => !/\/(node_modules|\.git|dist|\.astro|tests)(\/|$)|-cache(\/|$)/.test(source.slice(ROOT.length - 1)),
  });
  await symlink(join(ROOT, 'node_modules'), join(work, 'node_modules'), 'dir');
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
