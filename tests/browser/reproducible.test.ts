// Two builds of the same content produce byte-identical output, so a published site can be
// verified against its sources and deployments only change what changed.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { ROOT } from './support.ts';

const work = mkdtempSync(join(tmpdir(), 'gongkai-repro-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function digests(dir: string, base = dir): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) for (const [file, hash] of digests(path, base)) out.set(file, hash);
    else out.set(path.slice(base.length + 1), createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return out;
}

function build(outDir: string) {
  // As `npm run build` builds it (scripts/build.ts), search index included.
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/build.ts')], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, GONGKAI_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(result.stdout + result.stderr);
  return digests(outDir);
}

// Pagefind writes its filter and metadata indexes in hash-map order, which changes from run to
// run (upstream Pagefind issue #638: fragments became stable in 1.3, "other files will still
// change"). Those few files, whose names carry their own hash, are the only exception allowed.
const PAGEFIND_UNSTABLE = /^pagefind\/(filter\/[^/]+\.pf_filter|pagefind\.[^/]+\.pf_meta|pagefind-entry\.json)$/;

it('builds byte-identical sites from the same content', () => {
  const first = build(join(work, 'a'));
  const second = build(join(work, 'b'));
  expect(first.size).toBeGreaterThan(100);
  const differing = [...new Set([...first.keys(), ...second.keys()])].filter((file) => first.get(file) !== second.get(file));
  expect(differing.filter((file) => !PAGEFIND_UNSTABLE.test(file))).toEqual([]);
  // Pages, assets, data files and Pagefind's fragments and word index are all covered above.
  expect([...first.keys()].filter((file) => file.startsWith('pagefind/fragment/')).every((file) => first.get(file) === second.get(file))).toBe(true);
  expect([...first.keys()].some((file) => file.startsWith('pagefind/index/'))).toBe(true);
});
