import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readlinkSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { changedPaths, HOST_SCRIPT, hostScriptCommand, rsyncArgs } from './hosts.ts';

const remote = { ssh: 'deploy@web1', path: '/srv/gongkai', label: 'deploy@web1:/srv/gongkai' };
const local = { path: '/mnt/web2', label: '/mnt/web2' };
const target = { ssh: 'ssh -i /etc/gongkai/key -p 2222' };

describe('commands for the hosts', () => {
  it('uploads into the new release folder, sharing unchanged files with the live one', () => {
    expect(rsyncArgs(target, remote, '/build/dist/', '20261201-001000-abcdef01', '20261130-001000-12345678')).toEqual([
      '--recursive', '--links', '--perms', '--checksum', '--delete', '--link-dest=../20261130-001000-12345678', '--chmod=D755,F644',
      '-e', 'ssh -i /etc/gongkai/key -p 2222', '/build/dist/', 'deploy@web1:/srv/gongkai/releases/20261201-001000-abcdef01/',
    ]);
    expect(rsyncArgs(target, local, '/build/dist', 'id', '').slice(-2)).toEqual(['/build/dist/', '/mnt/web2/releases/id/']);
  });
  it('runs the host script through the office\'s ssh command, or here for a local folder', () => {
    const call = hostScriptCommand(target, remote, ['activate', '/srv/gongkai', 'id', '7']);
    expect(call.args).toEqual(['-c', 'ssh -i /etc/gongkai/key -p 2222 "$0" sh -s -- "$@"', 'deploy@web1', 'activate', '/srv/gongkai', 'id', '7']);
    expect(call.input).toContain('gongkai-release.sh prepare');
    expect(hostScriptCommand(target, local, ['prepare', '/mnt/web2'])).toEqual({ command: '/bin/sh', args: [HOST_SCRIPT, 'prepare', '/mnt/web2'] });
  });
  it('reads the changed addresses from rsync --itemize-changes', () => {
    const itemized = ['.d..t...... ./', '>fcs....... index.html', '>f+++++++++ news/a/index.html', 'cd+++++++++ news/a/', '>f+++++++++ _astro/x.1.css', '*deleting   old/index.html', '*deleting   old/'].join('\n');
    expect(changedPaths(itemized)).toEqual(['/', '/index.html', '/news/a/', '/news/a/index.html', '/old/', '/old/index.html']);
  });
});

describe('the host script (deploy/publish/gongkai-release.sh)', () => {
  const base = mkdtempSync(join(tmpdir(), 'gongkai-host-'));
  afterAll(() => rmSync(base, { recursive: true, force: true }));
  const run = (...args: string[]) => spawnSync('/bin/sh', [HOST_SCRIPT, ...args], { encoding: 'utf8' });
  const upload = (id: string) => {
    mkdirSync(join(base, 'releases', id), { recursive: true });
    writeFileSync(join(base, 'releases', id, 'index.html'), id);
  };
  const ids = ['20261201-001000-00000001', '20261202-001000-00000002', '20261203-001000-00000003', '20261204-001000-00000004'];

  it('switches www to a release, tells the previous one and keeps the newest', () => {
    expect(run('prepare', base)).toMatchObject({ status: 0, stdout: '\n' });
    // Something else kept in the same folder (the single-server rebuild.sh keeps this file there).
    writeFileSync(join(base, 'releases', 'last-good-commit'), 'abc\n');
    for (const [index, id] of ids.entries()) {
      upload(id);
      const result = run('activate', base, id, '2');
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout.trim()).toBe(index === 0 ? '' : ids[index - 1]);
      expect(readlinkSync(join(base, 'www'))).toBe(`releases/${id}`);
    }
    expect(readdirSync(join(base, 'releases')).sort()).toEqual([...ids.slice(2), 'last-good-commit']);
    expect(run('prepare', base).stdout.trim()).toBe(ids[3]);
    expect(run('list', base).stdout).toBe(`* ${ids[3]}\n  ${ids[2]}\n`);
  });
  it('refuses an incomplete release, a bad id, and discarding the live release', () => {
    mkdirSync(join(base, 'releases', '20261205-001000-00000005'));
    expect(run('activate', base, '20261205-001000-00000005', '2')).toMatchObject({ status: 1, stderr: expect.stringContaining('not complete') });
    expect(run('activate', base, '../../etc', '2')).toMatchObject({ status: 1, stderr: expect.stringContaining('not a release id') });
    expect(run('discard', base, ids[3]!)).toMatchObject({ status: 1, stderr: expect.stringContaining('is live') });
    expect(run('discard', base, '20261205-001000-00000005').status).toBe(0);
    expect(existsSync(join(base, 'releases', '20261205-001000-00000005'))).toBe(false);
    expect(readlinkSync(join(base, 'www'))).toBe(`releases/${ids[3]}`);
  });
});
