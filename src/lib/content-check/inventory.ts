// Everything under content/, listed once without following links, so that the check can account
// for every file: an entry of its folder's kind, an attachment some entry refers to, or a problem.
// A file nobody reads is refused rather than ignored: an .mdx page, an entry saved as .txt or .YAML,
// a stray export. None of them would be published, and staff would not know why.
import type { Dirent, Stats } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Problem } from './problem.ts';
import { describeFsError } from './source.ts';

export interface Inventory {
  /** Regular files, absolute paths, sorted. */
  files: string[];
  /** Symbolic links (to files or folders), never followed. */
  links: string[];
  /** Folders whose name ends like an entry file ("P-001.yaml/"). */
  entryLikeFolders: string[];
  /** Folders that could not be listed. */
  problems: Problem[];
}

const ENTRY_LIKE = /\.(ya?ml|mdx?)$/i;

export async function takeInventory(root: string, contentRoot: string): Promise<Inventory> {
  const inventory: Inventory = { files: [], links: [], entryLikeFolders: [], problems: [] };
  const file = (path: string) => relative(root, path).split(sep).join('/');
  const walk = async (dir: string): Promise<void> => {
    // The listing says what each name is (without following links), so most need no lstat of their own.
    let items: Dirent[];
    try {
      items = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch (error) {
      // The content folder itself missing is reported by the single files it should hold.
      if (dir !== contentRoot) inventory.problems.push({ file: `${file(dir)}/`, message: `无法读取文件夹：${describeFsError(error)}`, expected: '检查文件夹权限，使构建用户可以读取' });
      return;
    }
    for (const item of items) {
      const name = item.name;
      // Hidden files (.gitkeep, .DS_Store) are neither read by Astro nor published.
      if (name.startsWith('.')) continue;
      const path = join(dir, name);
      let info: Pick<Stats, 'isSymbolicLink' | 'isDirectory' | 'isFile'> = item;
      if (!item.isSymbolicLink() && !item.isDirectory() && !item.isFile()) {
        // Anything else is looked at closely: a device, a pipe, or a file system that does not say.
        try {
          info = await lstat(path);
        } catch (error) {
          inventory.problems.push({ file: file(path), message: `无法读取：${describeFsError(error)}`, expected: '检查文件权限，使构建用户可以读取' });
          continue;
        }
      }
      if (info.isSymbolicLink()) inventory.links.push(path);
      else if (info.isDirectory()) {
        if (ENTRY_LIKE.test(name)) inventory.entryLikeFolders.push(path);
        await walk(path);
      } else if (info.isFile()) inventory.files.push(path);
      else inventory.problems.push({ file: file(path), message: '不是普通文件（如设备文件或管道）', expected: '删除它；content/ 中只放条目文件和附件' });
    }
  };
  await walk(contentRoot);
  return inventory;
}
