// The daily rebuild (deploy/scheduled-rebuild/rebuild.sh) on a copy of the project: it publishes
// a build made as of today, and when the latest content does not build, it publishes the last
// commit that did, still as of today, so that expired decisions leave the site on time anyway.
// It runs as under systemd or cron, with a bare PATH whose `node` is not the project's: the first
// day's `node` is a stand-in that fails when used (its npm ci is a stand-in that records the Node it
// ran on), the second day's is Debian's /usr/bin/node (Node 20). Only node_modules/.bin/node may run.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './support.ts';

const work = mkdtempSync(join(tmpdir(), 'gongkai-rebuild-'));
const repo = join(work, 'site');
const releases = join(work, 'releases');
const webRoot = join(work, 'www');
const fakeBin = join(work, 'bin');
const npmLog = join(work, 'npm-ci.json');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.invalid', ...args], { cwd: repo, encoding: 'utf8' });

function rebuild(today: string, env: Record<string, string>): { status: number | null; output: string } {
  const result = spawnSync('/bin/bash', [join(repo, 'deploy/scheduled-rebuild/rebuild.sh')], {
    encoding: 'utf8',
    env: { HOME: work, ASTRO_TELEMETRY_DISABLED: '1', GONGKAI_TODAY: today, SITE_REPO: repo, RELEASES: releases, WEB_ROOT: webRoot, NO_PULL: '1', ...env },
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

let first: ReturnType<typeof rebuild>;
let firstRelease: string;
let goodCommit: string;
let second: ReturnType<typeof rebuild>;

beforeAll(() => {
  mkdirSync(repo);
  // A repository of its own holding the project as it is here (like the other build tests, the
  // working tree rather than the last commit).
  for (const path of ['src', 'public', 'scripts', 'content', 'deploy', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(ROOT, path), join(repo, path), { recursive: true });
  writeFileSync(join(repo, '.gitignore'), 'node_modules\n');
  symlinkSync(join(ROOT, 'node_modules'), join(repo, 'node_modules'));
  expect(git('init', '--quiet').status).toBe(0);
  git('add', '-A');
  expect(git('commit', '--quiet', '-m', 'site').status).toBe(0);
  goodCommit = git('rev-parse', 'HEAD').stdout.trim();
  mkdirSync(fakeBin);
  writeFileSync(join(fakeBin, 'node'), '#!/bin/sh\necho "the node on PATH was used: $*" >&2\nexit 97\n');
  writeFileSync(join(fakeBin, 'npm'), `#!/usr/bin/env node\nrequire('node:fs').writeFileSync(${JSON.stringify(npmLog)}, JSON.stringify({ version: process.version, args: process.argv.slice(2) }));\n`);
  for (const name of ['node', 'npm']) chmodSync(join(fakeBin, name), 0o755);
  // On 2027-07-14 CF-2026-001 (公示截止期 2027-07-13) is gone and CF-2026-002 (2027-09-07) is not.
  first = rebuild('2027-07-14', { PATH: `${fakeBin}:/usr/bin:/bin` });
  firstRelease = existsSync(webRoot) ? readlinkSync(webRoot) : '';
  // Staff commit a broken entry; the next day's content no longer builds.
  writeFileSync(join(repo, 'content/enforcement/officers/99010021001.yaml'), readFileSync(join(repo, 'content/enforcement/officers/99010021001.yaml'), 'utf8').replace('status: 有效', 'status: 正常'));
  git('commit', '--quiet', '-am', 'broken officer status');
  // Two months on, CF-2026-002 has expired as well: the fallback build must apply that too.
  second = rebuild('2027-09-08', { PATH: '/usr/bin:/bin', SKIP_INSTALL: '1' });
});

describe('a day whose content builds', () => {
  it('installs and builds on the project\'s Node, whatever node PATH holds', () => {
    expect(first.status, first.output).toBe(0);
    expect(first.output).not.toContain('the node on PATH was used');
    expect(JSON.parse(readFileSync(npmLog, 'utf8'))).toMatchObject({ version: expect.stringMatching(/^v24\./), args: ['ci', '--no-audit', '--no-fund', '--silent'] });
    expect(first.output).toMatch(/building HEAD into \S+ with Node v24\./);
    expect(readdirSync(releases).filter((name) => name.startsWith('node-'))).toEqual([]);
  });

  it('publishes the build as of that day and remembers the commit', () => {
    expect(first.status, first.output).toBe(0);
    expect(existsSync(join(firstRelease, 'index.html'))).toBe(true);
    expect(readFileSync(join(releases, 'last-good-commit'), 'utf8').trim()).toBe(goodCommit);
    expect(existsSync(join(firstRelease, 'enforcement/penalties/CF-2026-001'))).toBe(false);
    expect(existsSync(join(firstRelease, 'enforcement/penalties/CF-2026-002/index.html'))).toBe(true);
  });
});

describe('a day whose content does not build', () => {
  it('fails, naming the problem', () => {
    expect(second.status).toBe(1);
    expect(second.output).toContain('content/enforcement/officers/99010021001.yaml');
    expect(second.output).toContain('does not build');
  });

  it('builds both the latest and the last good commit on the project\'s Node, with Debian\'s Node 20 on PATH', () => {
    expect(second.output).toMatch(/building HEAD into \S+ with Node v24\./);
    expect(second.output).toMatch(new RegExp(`building ${goodCommit} into \\S+ with Node v24\\.`));
  });

  it('still publishes the last good commit as of that day, so the decision that expired meanwhile is gone', () => {
    const release = readlinkSync(webRoot);
    expect(release).not.toBe(firstRelease);
    expect(existsSync(join(release, 'index.html'))).toBe(true);
    expect(existsSync(join(release, 'enforcement/penalties/CF-2026-002'))).toBe(false);
    expect(readFileSync(join(release, 'enforcement/officers/99010021001/index.html'), 'utf8')).toContain('证件有效');
    expect(second.output).toContain(`rebuilt the last good commit ${goodCommit}`);
  });
});
