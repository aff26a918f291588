// Publishing one release to several web servers: upload it everywhere into a new release folder
// (rsync, over ssh or to a local folder), and only when every upload succeeded switch every host's
// www symlink to it. A failed upload switches no host; a failed switch puts the hosts already
// switched back on their previous release. The host side is deploy/publish/gongkai-release.sh,
// sent over ssh each time, so a host needs only sh, coreutils and rsync.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { urlPaths, isImmutable } from './file-rules.ts';
import { PublishError, runCommand, tail, type CommandResult } from './run-command.ts';
import type { HostDestination, HostsTarget } from './targets.ts';
import { runPurge } from './purge.ts';

export const HOST_SCRIPT = fileURLToPath(new URL('../../deploy/publish/gongkai-release.sh', import.meta.url));

/** The command that runs the host script with these arguments, on the host or on this machine. */
export function hostScriptCommand(target: Pick<HostsTarget, 'ssh'>, host: HostDestination, args: string[]): { command: string; args: string[]; input?: string } {
  if (!host.ssh) return { command: '/bin/sh', args: [HOST_SCRIPT, ...args] };
  // The ssh command is the office's (key, port, options); sh splits it into words. The arguments
  // are release ids and checked paths, which a remote shell passes on unchanged.
  return { command: '/bin/sh', args: ['-c', `${target.ssh} "$0" sh -s -- "$@"`, host.ssh, ...args], input: readFileSync(HOST_SCRIPT, 'utf8') };
}

/** rsync's arguments for uploading the release to one host's new release folder. */
export function rsyncArgs(target: Pick<HostsTarget, 'ssh'>, host: HostDestination, releaseRoot: string, id: string, live: string): string[] {
  const destination = `${host.path}/releases/${id}/`;
  return [
    // Not --archive: modification times are not copied, as every build writes every file anew.
    // Files whose content is unchanged since the live release (--checksum) become hard links to it,
    // so a daily release costs only what changed, in bandwidth and disk, and those files keep the
    // date (and nginx ETag) they had.
    '--recursive',
    '--links',
    '--perms',
    '--checksum',
    '--delete',
    ...(live ? [`--link-dest=../${live}`] : []),
    '--chmod=D755,F644',
    ...(host.ssh ? ['-e', target.ssh] : []),
    `${releaseRoot.replace(/\/+$/, '')}/`,
    host.ssh ? `${host.ssh}:${destination}` : destination,
  ];
}

/** The addresses that differ from what the host serves now, from `rsync --dry-run --itemize-changes`. */
export function changedPaths(itemized: string): string[] {
  const paths = new Set<string>();
  for (const line of itemized.split('\n')) {
    const deleted = /^\*deleting\s+(.+)$/.exec(line);
    const item = /^[<>ch.*][fdLDS]\S*\s+(.+)$/.exec(line);
    const path = deleted?.[1] ?? (item && line[1] === 'f' ? item[1] : undefined);
    if (path && !path.endsWith('/') && !isImmutable(path)) for (const url of urlPaths(path)) paths.add(url);
  }
  return [...paths].sort();
}

async function onHost(target: HostsTarget, host: HostDestination, args: string[]): Promise<CommandResult> {
  const call = hostScriptCommand(target, host, args);
  return runCommand(call.command, call.args, { ...(call.input ? { input: call.input } : {}), quiet: true });
}

export async function publishHosts(target: HostsTarget, releaseRoot: string, id: string, log: (line: string) => void): Promise<void> {
  const rsync = process.env.GONGKAI_RSYNC ?? 'rsync';
  const live = new Map<HostDestination, string>();
  const uploaded: HostDestination[] = [];
  let purge: string[] | undefined;

  const discardAll = async () => {
    for (const host of uploaded) await onHost(target, host, ['discard', host.path, id]);
  };
  for (const host of target.hosts) {
    const prepared = await onHost(target, host, ['prepare', host.path]);
    if (prepared.code !== 0) {
      await discardAll();
      throw new PublishError(`发布目标 ${target.name}：无法在服务器 ${host.label} 上准备新版本目录（${tail(prepared.stderr) || `退出码 ${prepared.code}`}）。所有服务器都没有切换，仍是上一版`);
    }
    const current = prepared.stdout.trim();
    live.set(host, current);
    if (target.purge && purge === undefined) {
      // What the CDN must forget: the difference between this release and what the first host serves.
      const dryRun = await runCommand(rsync, ['--dry-run', '--recursive', '--checksum', '--delete', '--itemize-changes', ...(host.ssh ? ['-e', target.ssh] : []), `${releaseRoot.replace(/\/+$/, '')}/`, `${host.ssh ? `${host.ssh}:` : ''}${host.path}/www/`], { quiet: true });
      purge = dryRun.code === 0 && current ? changedPaths(dryRun.stdout) : ['/'];
    }
    uploaded.push(host);
    const result = await runCommand(rsync, rsyncArgs(target, host, releaseRoot, id, current));
    if (result.code !== 0) {
      await discardAll();
      throw new PublishError(`发布目标 ${target.name}：上传到 ${host.label} 失败（${tail(result.stderr) || `rsync 退出码 ${result.code}`}）。所有服务器都没有切换，仍是上一版；已上传的新版文件夹已清除。排除故障后重新运行即可`);
    }
    log(`${target.name}：已上传到 ${host.label}`);
  }

  const switched: HostDestination[] = [];
  for (const host of target.hosts) {
    const result = await onHost(target, host, ['activate', host.path, id, String(target.keep)]);
    if (result.code !== 0) {
      const back: string[] = [];
      for (const done of switched) {
        const previous = live.get(done);
        if (previous && (await onHost(target, done, ['activate', done.path, previous, String(target.keep + 1)])).code === 0) back.push(done.label);
      }
      throw new PublishError(`发布目标 ${target.name}：服务器 ${host.label} 切换到新版失败（${tail(result.stderr) || `退出码 ${result.code}`}）。${back.length > 0 ? `已把 ${back.join('、')} 切回上一版；` : ''}请检查后重新发布`);
    }
    switched.push(host);
  }
  log(`${target.name}：${target.hosts.length} 台服务器已同时切换到新版 ${id}`);
  if (target.purge && purge) await runPurge(target.name, target.purge, purge, id);
}
