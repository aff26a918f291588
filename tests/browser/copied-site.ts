// A site too large for the sample: the project copied with synthetic entries added, built as npm run
// build builds it, served as a web host serves it, with Chromium to read it. For the tests that need
// a large site (search-codes, list-pages); each keeps its copy apart from the others'.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { copyProject } from '../../scripts/bench/measure.ts';
import type { SyntheticFile } from '../../scripts/bench/synthetic.ts';

export interface CopiedSite {
  /** The copy's build. */
  readonly dist: string;
  readonly origin: string;
  readonly browser: Browser;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** The project copied into `work`, with `files` added under content/, built into `dist`. */
async function buildCopy(work: string, dist: string, files: Iterable<SyntheticFile>): Promise<void> {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  await copyProject(work);
  for (const { path, text } of files) {
    mkdirSync(join(work, 'content', path, '..'), { recursive: true });
    writeFileSync(join(work, 'content', path), `${text}\n`);
  }
  const build = spawnSync(process.execPath, [join(work, 'scripts/build.ts')], { cwd: work, encoding: 'utf8', env: { ...process.env, GONGKAI_OUT_DIR: dist, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (build.status !== 0) throw new Error(`build failed:\n${build.stdout.slice(-3000)}\n${build.stderr.slice(-3000)}`);
}

/** A static server for `dist`, as a web host serves it. */
function serve(dist: string): Promise<Server> {
  const served = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404);
      response.end();
    }
  });
  return new Promise((done) => served.listen(0, '127.0.0.1', () => done(served)));
}

/**
 * The copied site for the tests of this file: built (unless `keptIn` names a folder holding a build
 * already) and served before them, stopped and removed after. `keptIn` (from an environment
 * variable) keeps the copy and its build there, to be reused when run again.
 */
export function useCopiedSite({ prefix, keptIn, files }: { prefix: string; keptIn: string | undefined; files: () => Iterable<SyntheticFile> }): CopiedSite {
  const work = keptIn ?? mkdtempSync(join(tmpdir(), prefix));
  const dist = join(work, 'dist');
  let server: Server | undefined;
  let origin: string | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (!keptIn || !existsSync(join(dist, 'index.html'))) await buildCopy(work, dist, files());
    server = await serve(dist);
    const address = server.address();
    origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'], timeout: 0 });
  }, 1_800_000);
  afterAll(async () => {
    await browser?.close();
    server?.close();
    if (!keptIn) rmSync(work, { recursive: true, force: true });
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the copied site has not started: useCopiedSite() builds it in beforeAll');
    return value;
  };
  return {
    dist,
    get origin() {
      return started(origin);
    },
    get browser() {
      return started(browser);
    },
  };
}
