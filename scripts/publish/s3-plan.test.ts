import { describe, expect, it } from 'vitest';
import type { ReleaseFile } from './release-files.ts';
import { planS3 } from './s3-plan.ts';

const file = (path: string, md5: string): ReleaseFile => ({ path, size: 1, md5, sha256: md5.padEnd(64, '0') });
const release = [
  file('index.html', 'aa'),
  file('guide/index.html', 'bb'),
  file('_astro/a.new.css', 'cc'),
  file('files/form.pdf', 'dd'),
  file('data/x.csv', 'ee'),
  file('pagefind/fragment/n.pf_fragment', 'ff'),
  file('news/b/index.html', '11'),
];
const remote = [
  { path: 'index.html', md5: 'a0' },
  { path: 'guide/index.html', md5: 'bb' },
  { path: '_astro/a.old.css', md5: 'c0' },
  { path: 'files/form.pdf', md5: 'dd' },
  { path: 'old/index.html', md5: '00' },
  { path: 'data/x.csv' },
];

describe('planS3', () => {
  const plan = planS3(release, remote);
  it('sorts files into added, changed (or without a reported MD5), unchanged and deleted', () => {
    expect(plan.added).toEqual(['_astro/a.new.css', 'pagefind/fragment/n.pf_fragment', 'news/b/index.html']);
    expect(plan.changed).toEqual(['index.html', 'data/x.csv']);
    expect(plan.unchanged).toBe(2);
    expect(plan.deleted).toEqual(['_astro/a.old.css', 'old/index.html']);
  });
  it('uploads hashed files before pages, new pages before changed ones, one batch per set of headers', () => {
    expect(plan.batches.map((batch) => [batch.phase, batch.contentType, batch.paths])).toEqual([
      ['assets', 'application/octet-stream', ['pagefind/fragment/n.pf_fragment']],
      ['assets', 'text/css; charset=utf-8', ['_astro/a.new.css']],
      ['pages', 'text/html; charset=utf-8', ['news/b/index.html']],
      ['pages', 'text/csv; charset=utf-8', ['data/x.csv']],
      ['pages', 'text/html; charset=utf-8', ['index.html']],
    ]);
  });
  it('purges changed, new and deleted addresses but never hashed files', () => {
    expect(plan.purge).toEqual(['/', '/data/x.csv', '/index.html', '/news/b/', '/news/b/index.html', '/old/', '/old/index.html']);
  });
  it('sends everything again when asked', () => {
    expect(planS3(release, remote, true).batches.flatMap((batch) => batch.paths).sort()).toEqual(release.map((f) => f.path).sort());
  });
  it('a first publish to an empty bucket adds every file and deletes nothing', () => {
    const first = planS3(release, []);
    expect(first.added).toHaveLength(release.length);
    expect(first.deleted).toEqual([]);
  });
});
