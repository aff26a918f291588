// The build decides what is disclosed by its "today" (GONGKAI_TODAY): a copy of the project with
// the sample content is built on the last day of CF-2026-001's 公示截止期 (2027-07-13) and on the
// day after. On the last day the decision is there; the day after, no file of the build mentions
// it: no page, no list, no open-data export, no feed, no sitemap, no search index fragment.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './support.ts';
import { filesContaining as filesContainingIn } from './dist-files.ts';

const work = mkdtempSync(join(tmpdir(), 'gongkai-today-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Builds the copy as of `today` into its own folder and returns that folder. */
function buildAsOf(today: string): { out: string; output: string; status: number | null } {
  const out = join(work, `dist-${today}`);
  // As `npm run build` builds it (scripts/build.ts), so that the search index is built too.
  const result = spawnSync(process.execPath, [join(work, 'scripts/build.ts')], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', GONGKAI_TODAY: today, GONGKAI_OUT_DIR: out },
  });
  return { out, output: result.stdout + result.stderr, status: result.status };
}

const filesContaining = (out: string, needle: string) => filesContainingIn(needle, out, /\.(png|jpe?g|woff2?|wasm|pdf)$/);

// CF-2026-001: a natural person's penalty decision, 公示截止期 2027-07-13.
const TRACES = ['示防罚决〔2026〕1号', 'CF-2026-001', '未经批准自行拆除该工程一道防护密闭门', '11990100MB1234567F/2026-00263'];

let lastDay: ReturnType<typeof buildAsOf>;
let dayAfter: ReturnType<typeof buildAsOf>;

beforeAll(() => {
  for (const path of ['src', 'scripts', 'content', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(ROOT, path), join(work, path), { recursive: true });
  if (existsSync(join(ROOT, 'public'))) cpSync(join(ROOT, 'public'), join(work, 'public'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'));
  lastDay = buildAsOf('2027-07-13');
  dayAfter = buildAsOf('2027-07-14');
});

describe('on the last day of the disclosure period (2027-07-13)', () => {
  it('builds, and the decision is published and indexed', () => {
    expect(lastDay.status, lastDay.output).toBe(0);
    expect(existsSync(join(lastDay.out, 'enforcement/penalties/CF-2026-001/index.html'))).toBe(true);
    const found = filesContaining(lastDay.out, '示防罚决〔2026〕1号');
    expect(found).toContain('enforcement/penalties/index.html');
    expect(found.some((path) => path.startsWith('pagefind/fragment/'))).toBe(true);
    expect(found.some((path) => path.startsWith('data/penalties.'))).toBe(true);
  });
});

describe('the day after (2027-07-14)', () => {
  it('builds', () => {
    expect(dayAfter.status, dayAfter.output).toBe(0);
  });

  it('has no page for the decision', () => {
    expect(existsSync(join(dayAfter.out, 'enforcement/penalties/CF-2026-001'))).toBe(false);
  });

  it.each(TRACES)('has no trace of “%s” in any file, search index included', (trace) => {
    expect(filesContaining(dayAfter.out, trace)).toEqual([]);
  });

  it('still shows the decision whose period runs on (CF-2026-002, until 2027-09-07)', () => {
    const found = filesContaining(dayAfter.out, '示防罚决〔2026〕2号');
    expect(found).toContain('enforcement/penalties/index.html');
    expect(found.some((path) => path.startsWith('pagefind/fragment/'))).toBe(true);
  });
});
