import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lastChangeDates } from './git-dates.ts';

const repo = mkdtempSync(join(tmpdir(), 'gongkai-git-'));
afterAll(() => rmSync(repo, { recursive: true, force: true }));

function commit(date: string, files: Record<string, string>) {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(repo, file, '..'), { recursive: true });
    writeFileSync(join(repo, file), text);
  }
  const env = { ...process.env, GIT_AUTHOR_DATE: `${date}T10:00:00+08:00`, GIT_COMMITTER_DATE: `${date}T10:00:00+08:00` };
  const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: repo, env, encoding: 'utf8' });
  git('add', '-A');
  git('commit', '-q', '-m', date);
}

describe('when content last changed', () => {
  spawnSync('git', ['init', '-q', '-b', 'main'], { cwd: repo });
  commit('2025-01-10', { 'content/powers/A.yaml': 'a: 1\n', 'content/powers/B.yaml': 'b: 1\n', 'content/powers/C.yaml': 'c: 1\n' });
  commit('2025-01-10', { 'content/powers/B.yaml': 'b: 2\n' });
  commit('2025-03-05', { 'content/powers/A.yaml': 'a: 2\n' });
  writeFileSync(join(repo, 'content/powers/C.yaml'), 'c: 2\n');

  const dates = lastChangeDates(repo, '2025-06-01');

  it('takes the latest commit after the one that created the file', () => {
    expect(dates.get('content/powers/A.yaml')).toBe('2025-03-05');
  });
  it('ignores edits on the day the file was created', () => {
    expect(dates.has('content/powers/B.yaml')).toBe(false);
  });
  it('counts an uncommitted edit as made today', () => {
    expect(dates.get('content/powers/C.yaml')).toBe('2025-06-01');
  });
  it('gives nothing outside a git repository', () => {
    expect(lastChangeDates(tmpdir(), '2025-06-01').size).toBe(0);
  });
});
