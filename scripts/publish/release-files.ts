// The files of a built release (dist/ or a release folder), read once: path, size and the digests
// that the uploads compare (MD5, as object stores report it) and the archive manifest lists (SHA-256).
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';

export interface ReleaseFile {
  /** Relative to the release root, with "/". */
  path: string;
  size: number;
  md5: string;
  sha256: string;
}

export class ReleaseError extends Error {}

/** Without these a folder is not a built site (scripts/build.ts requires the same). */
export const REQUIRED_FILES = ['index.html', 'pagefind/pagefind.js'];

async function digests(file: string): Promise<{ md5: string; sha256: string }> {
  const md5 = createHash('md5');
  const sha256 = createHash('sha256');
  for await (const chunk of createReadStream(file)) {
    md5.update(chunk as Buffer);
    sha256.update(chunk as Buffer);
  }
  return { md5: md5.digest('hex'), sha256: sha256.digest('hex') };
}

/**
 * Every regular file under root, sorted by path. A symlink, device or pipe, or a name with a
 * line break or backslash (which file lists and sha256sum manifests cannot carry as is), stops it:
 * the build never makes one, so such a folder is not a release to publish.
 */
export async function readRelease(root: string): Promise<ReleaseFile[]> {
  const missing = REQUIRED_FILES.filter((file) => !existsSync(join(root, file)));
  if (missing.length > 0) throw new ReleaseError(`${root} 不是完整的网站构建结果：缺少 ${missing.join('、')}（请先运行 npm run build，或用 --dist 指向构建结果）`);
  const files: ReleaseFile[] = [];
  const walk = async (dir: string, prefix: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = prefix + entry.name;
      const absolute = join(dir, entry.name);
      if (/[\n\r\\]/.test(path)) throw new ReleaseError(`${absolute}：文件名含换行符或反斜杠，无法发布（请改名后重新构建）`);
      if (entry.isDirectory()) await walk(absolute, `${path}/`);
      else if (entry.isFile()) {
        const info = await lstat(absolute);
        files.push({ path, size: info.size, ...(await digests(absolute)) });
      } else throw new ReleaseError(`${absolute}：不是普通文件（符号链接、设备或管道），构建结果中不应有这类文件`);
    }
  };
  await walk(root, '');
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** A short name for a release, the same on every host: its time (China) and a digest of its files. */
export function releaseId(files: ReleaseFile[], now: Date): string {
  const digest = createHash('sha256');
  for (const file of files) digest.update(`${file.sha256}  ${file.path}\n`);
  const china = new Date(now.getTime() + 8 * 3600_000).toISOString();
  const stamp = `${china.slice(0, 10).replaceAll('-', '')}-${china.slice(11, 19).replaceAll(':', '')}`;
  return `${stamp}-${digest.digest('hex').slice(0, 8)}`;
}

/** The manifest `sha256sum -c` checks, with every path under `prefix`. */
export function sha256Manifest(files: ReleaseFile[], prefix = ''): string {
  return files.map((file) => `${file.sha256}  ${prefix}${file.path}\n`).join('');
}
