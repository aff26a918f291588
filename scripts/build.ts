// npm run build (and npm start, and the daily rebuild): builds the site into a fresh folder beside
// dist/ (or beside GONGKAI_OUT_DIR), with a build cache of its own, and puts it in place only when
// every stage succeeded: the content check, every page and the attachments (inside `astro build`,
// in src/integrations/), then the Pagefind index (scripts/build/search-index.ts), built here once
// Astro has exited, so that Astro's memory and Pagefind's are never held at the same time. On any
// failure the published folder is left exactly as it was, the fresh folder and its cache are
// removed, Astro's own error output stays on the terminal and the exit code is non-zero.
// Arguments go on to `astro build`.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { makeNextDir, replaceDir, restoreInterrupted } from './build/replace-dir.ts';

const root = process.cwd();
const target = resolve(root, (process.env.GONGKAI_OUT_DIR || 'dist').replace(/\/+$/, ''));
const inside = relative(root, target);
const shown = inside && !inside.startsWith('..') ? inside : target;

/** Files without which a build is not a site: a home page and the search index. */
const REQUIRED = ['index.html', 'pagefind/pagefind.js'];

const restored = await restoreInterrupted(target);
if (restored) console.error(`上次替换 ${shown}/ 时被中断：已把上一版（${restored}）放回原处`);

const hadPrevious = existsSync(target);
// The fresh folder goes beside the target, so its parent must exist (astro build would create it).
await mkdir(dirname(target), { recursive: true });
const next = await makeNextDir(target);
// astro.config.mjs puts the cache beside the output folder: "<out>-cache".
const cleanUp = () => Promise.all([rm(next, { recursive: true, force: true }), rm(`${next}-cache`, { recursive: true, force: true })]);

async function fail(reason: string, code: number): Promise<never> {
  await cleanUp();
  console.error(`\n构建失败：${reason}。${hadPrevious ? `${shown}/ 保持上一版不变` : `没有生成 ${shown}/`}，未发布任何内容。`);
  process.exit(code);
}

const astro = join(root, 'node_modules/astro/bin/astro.mjs');
// Rolldown (Vite's bundler) hands memory it has freed back to the system only when it next
// allocates, a second after the free by default. It bundles before page generation and then stays
// idle, so that memory (150-250 MB) stayed resident through page generation, the build's peak;
// with no delay it is returned as it is freed. Set MIMALLOC_PURGE_DELAY to choose another delay.
const allocator = { MIMALLOC_PURGE_DELAY: process.env.MIMALLOC_PURGE_DELAY ?? '0' };
const child = spawn(process.execPath, [astro, 'build', ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, ...allocator, GONGKAI_OUT_DIR: next } });
// Ctrl-C or a service stop ends the build, and still removes the unfinished folder: while Astro
// runs, by stopping it (its exit code then fails the build); while the index is built, here.
let astroExited = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => (astroExited ? void fail(`建立检索索引时被信号 ${signal} 中止`, 1) : child.kill(signal)));
const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done) => {
  child.on('error', () => done([null, null]));
  child.on('close', (exitCode, exitSignal) => done([exitCode, exitSignal]));
});
astroExited = true;

if (code !== 0) await fail(signal ? `astro build 被信号 ${signal} 中止` : code === null ? `无法启动 astro build（${astro}）` : `astro build 退出码 ${code}`, code || 1);
try {
  // Loaded only now, so that this process stays small while Astro runs (its peak is the build's).
  const { indexSite } = await import('./build/search-index.ts');
  await indexSite(next);
} catch (error) {
  await fail(`建立检索索引失败：${error instanceof Error ? error.message : String(error)}`, 1);
}
const missing = REQUIRED.filter((file) => !existsSync(join(next, file)));
if (missing.length > 0) await fail(`生成结果缺少 ${missing.join('、')}（期望每次构建都生成首页和检索索引）`, 1);

await rm(`${next}-cache`, { recursive: true, force: true });
let aside: string | undefined;
try {
  aside = await replaceDir(next, target);
} catch (error) {
  await fail(`无法用新版替换 ${shown}/：${error instanceof Error ? error.message : String(error)}`, 1);
}
if (aside) await rm(aside, { recursive: true, force: true }).catch((error: unknown) => console.error(`提醒：已发布新版，但没能删除上一版 ${aside}：${String(error)}`));
console.log(`已发布到 ${shown}/`);
