// Measuring helpers shared by the benchmarks: a temporary copy of the project, a command run with
// the peak resident memory of its whole process tree (Node and the Pagefind binary it starts),
// sampled from /proc (Linux only), and sizes on disk.
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

export interface Run {
  ms: number;
  peakBytes: number;
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

/** Runs a command, sampling the memory of its whole process tree every 100 ms. */
export function run(command: string, args: string[], cwd: string, env: Record<string, string>): Promise<Run> {
  return new Promise((resolveRun, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let peakBytes = 0;
    const sampler = setInterval(() => (peakBytes = Math.max(peakBytes, treeRss(child.pid ?? 0))), 100);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      if (code !== 0) reject(new RunError(`${command} ${args.join(' ')}`, code, output));
      else resolveRun({ ms: performance.now() - started, peakBytes, output });
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
