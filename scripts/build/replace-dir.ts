// Putting a finished build in place of the published folder (dist/) without ever leaving a half
// one. The new build is made in a sibling folder (same file system, so rename is one system call);
// the old folder is renamed aside, the new one renamed in, and only then is the old one removed.
// dist/ stays a real folder, not a symlink, so astro preview, `rsync dist/`, `cp -r dist` and the
// `dist/` line in .gitignore keep working. The only moment without dist/ lies between two renames
// in one folder; a process killed exactly there leaves dist.old-*, which restoreInterrupted puts
// back at the start of the next build.
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readdir, rename, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * A fresh, empty folder beside `target` for the next build: "<target>.next-XXXXXX". mkdtemp makes it
 * 0700; it becomes the published folder, which the web server's own user (nginx's "nobody") must
 * read, and rsync or a copy would carry that mode to the web hosts. So it gets the mode any new
 * folder gets (0777 less the umask), as `mkdir dist` would have given.
 */
export async function makeNextDir(target: string): Promise<string> {
  const next = await mkdtemp(`${target}.next-`);
  const umask = process.umask();
  await chmod(next, 0o777 & ~umask);
  return next;
}

/** The folders beside `target` left by a swap that was interrupted: "<target>.old-*". */
async function asideFolders(target: string): Promise<string[]> {
  const prefix = `${basename(target)}.old-`;
  const names = await readdir(dirname(target)).catch(() => [] as string[]);
  return names.filter((name) => name.startsWith(prefix)).map((name) => join(dirname(target), name));
}

/**
 * When `target` is missing but a swap left the previous build aside, puts the newest one back.
 * Returns the folder restored, if any.
 */
export async function restoreInterrupted(target: string): Promise<string | undefined> {
  if (existsSync(target)) return undefined;
  const aside = await asideFolders(target);
  if (aside.length === 0) return undefined;
  const times = await Promise.all(aside.map(async (path) => ({ path, time: (await stat(path)).mtimeMs })));
  const newest = times.sort((a, b) => b.time - a.time)[0]!.path;
  await rename(newest, target);
  return newest;
}

/**
 * Puts the finished build `next` at `target`. When the second rename fails the previous build is
 * renamed back, so `target` is never left missing by this function. Returns where the previous
 * build was put aside, for the caller to remove (a failure to remove it no longer concerns `target`).
 */
export async function replaceDir(next: string, target: string): Promise<string | undefined> {
  if (!existsSync(target)) {
    await rename(next, target);
    return undefined;
  }
  const aside = `${target}.old-${basename(next).slice(`${basename(target)}.next-`.length)}`;
  await rename(target, aside);
  try {
    await rename(next, target);
  } catch (error) {
    await rename(aside, target);
    throw error;
  }
  return aside;
}
