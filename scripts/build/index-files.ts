// Writes Pagefind's bundle from Node instead of letting Pagefind write it. Pagefind's own
// writeFiles hands each file's last bytes to a background thread and answers before they are on
// disk, and its process exits at once when its input ends: a build that ended Pagefind right after
// writeFiles could publish a cut-off file (CI once failed on a truncated wasm.zh-cn.pagefind).
// getFiles returns the same files in memory, so here every write is finished before the build goes on.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, normalize, sep } from 'node:path';

export interface BundleFile {
  /** Path inside the bundle folder, as Pagefind gives it (fragment/…, index/…, pagefind.js). */
  path: string;
  content: Uint8Array;
}

/** Files written at once: enough to keep the disk busy, few enough for any open-file limit. */
const WRITES_AT_ONCE = 32;

/** Writes `files` under `dir`; resolves once every byte is written. Returns the bytes written. */
export async function writeBundleFiles(dir: string, files: readonly BundleFile[]): Promise<number> {
  const targets = files.map((file) => {
    const inside = normalize(file.path);
    // Pagefind names its own files; a path leaving the folder would be a bug worth stopping for.
    if (isAbsolute(inside) || inside === '..' || inside.startsWith(`..${sep}`)) throw new Error(`Pagefind 给出的文件路径不在索引目录内：${file.path}`);
    return { path: join(dir, inside), content: file.content };
  });
  for (const folder of new Set(targets.map((target) => dirname(target.path)))) await mkdir(folder, { recursive: true });
  let bytes = 0;
  let next = 0;
  const writer = async (): Promise<void> => {
    for (let at = next++; at < targets.length; at = next++) {
      const { path, content } = targets[at]!;
      await writeFile(path, content);
      bytes += content.byteLength;
    }
  };
  await Promise.all(Array.from({ length: Math.min(WRITES_AT_ONCE, targets.length) }, writer));
  return bytes;
}
