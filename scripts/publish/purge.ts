// The CDN purge hook: a command of the office's own (its CDN's CLI, or curl to its API), run after
// the new release is live, with the changed addresses one per line on standard input and in the
// file named by GONGKAI_PURGE_FILE. Nothing runs when no address changed.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PublishError, runCommand, tail } from './run-command.ts';

export async function runPurge(targetName: string, command: string, paths: string[], releaseId: string): Promise<void> {
  if (paths.length === 0) return;
  const work = await mkdtemp(join(tmpdir(), 'gongkai-purge-'));
  try {
    const file = join(work, 'paths.txt');
    const list = `${paths.join('\n')}\n`;
    await writeFile(file, list);
    const env = { ...process.env, GONGKAI_PURGE_FILE: file, GONGKAI_RELEASE: releaseId, GONGKAI_TARGET: targetName };
    const result = await runCommand('/bin/sh', ['-c', command], { env, input: list });
    if (result.code !== 0) throw new PublishError(`发布目标 ${targetName}：新版已上线，但刷新 CDN 缓存的命令失败（退出码 ${result.code}：${tail(result.stderr || result.stdout)}）。读者可能暂时看到旧页面；请手工刷新这些地址：${paths.slice(0, 5).join(' ')}${paths.length > 5 ? ` 等 ${paths.length} 个` : ''}`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
