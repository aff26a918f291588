// Test helper: a copy of the minimal fixture site in a temporary folder, with some files
// edited, removed or added, so each test states only what it breaks.
//
// Every content-check test and each case of the bad-content corpus makes its own tree, so making
// one must cost far less than checking it: the fixture is read once per test worker and each tree
// is written from that copy in memory (copying the folder with fs.cp cost more than the check),
// into memory-backed /dev/shm where there is one (on a disk busy with builds, creating and deleting
// a tree took tens of milliseconds).
import { accessSync, constants, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent } from './index.ts';
import { kinds } from '../../kinds/index.ts';
import { formatProblem } from './problem.ts';

export const MINIMAL_FIXTURE = fileURLToPath(new URL('../../../tests/fixtures/minimal', import.meta.url));

/**
 * Path under the tree → new text (or bytes, for a file in another encoding), a function of the
 * old text, or null to delete the file.
 */
export type Edits = Record<string, string | Uint8Array | ((text: string) => string) | null>;

/** Runs on the tree's root after the edits, for what text cannot make (links, binary files, folders). */
export type Setup = (root: string) => Promise<void>;

interface Snapshot {
  /** Every folder, parents first, so an emptied folder still exists as it would in a copy. */
  folders: string[];
  files: ReadonlyMap<string, Uint8Array>;
}

let scratch: string | undefined;

/** A new empty folder for a test's files: in /dev/shm (memory) where it can be written, else the system's temp folder. */
export function scratchDir(prefix: string): string {
  if (scratch === undefined) {
    try {
      accessSync('/dev/shm', constants.W_OK);
      scratch = '/dev/shm';
    } catch {
      scratch = tmpdir();
    }
  }
  return mkdtempSync(join(scratch, prefix));
}

let snapshot: Snapshot | undefined;

/** The minimal fixture as it is on disk, read on first use (tests never change it). */
function pristine(): Snapshot {
  if (!snapshot) {
    const folders: string[] = [];
    const files = new Map<string, Uint8Array>();
    for (const item of readdirSync(MINIMAL_FIXTURE, { recursive: true, withFileTypes: true })) {
      const path = join(item.parentPath, item.name);
      const key = relative(MINIMAL_FIXTURE, path).split(sep).join('/');
      if (item.isDirectory()) folders.push(key);
      else if (item.isFile()) files.set(key, readFileSync(path));
      else throw new Error(`tests/fixtures/minimal holds ${key}, which is neither a file nor a folder`);
    }
    snapshot = { folders: folders.sort(), files };
  }
  return snapshot;
}

const asText = (content: string | Uint8Array) => (typeof content === 'string' ? content : Buffer.from(content).toString('utf8'));

/** The fixture's files with the edits applied, in memory; an edit of a file that is not there throws. */
function editedFiles(edits: Edits): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>(pristine().files);
  for (const [path, edit] of Object.entries(edits)) {
    const key = posix.normalize(path.split(sep).join('/'));
    if (edit === null) {
      if (!files.delete(key)) throw new Error(`fixture edit: no file ${path} to remove`);
    } else if (typeof edit === 'function') {
      const old = files.get(key);
      if (old === undefined) throw new Error(`fixture edit: no file ${path} to change`);
      files.set(key, edit(asText(old)));
    } else {
      files.set(key, edit);
    }
  }
  return files;
}

export async function fixtureTree(edits: Edits = {}, setup?: Setup): Promise<{ root: string; cleanup: () => Promise<void> }> {
  const files = editedFiles(edits);
  const root = scratchDir('gongkai-fixture-');
  const cleanup = async () => rmSync(root, { recursive: true, force: true });
  try {
    const made = new Set<string>([root]);
    for (const folder of pristine().folders) {
      mkdirSync(join(root, folder), { recursive: true });
      made.add(join(root, folder));
    }
    for (const [path, content] of files) {
      const file = join(root, path);
      const folder = dirname(file);
      if (!made.has(folder)) {
        mkdirSync(folder, { recursive: true });
        made.add(folder);
      }
      writeFileSync(file, content);
    }
    await setup?.(root);
  } catch (error) {
    await cleanup();
    throw error;
  }
  return { root, cleanup };
}

/** The content check's lines for the minimal fixture with some files edited. */
export async function problemsAfter(edits: Edits, setup?: Setup): Promise<string[]> {
  return (await checkAfter(edits, { setup })).problems.map(formatProblem);
}

/** The whole result of the check (problems with their severity, entries) after the edits, on `today` if given. */
export async function checkAfter(edits: Edits, options: { today?: string; setup?: Setup } = {}): Promise<Awaited<ReturnType<typeof checkContent>>> {
  const tree = await fixtureTree(edits, options.setup);
  try {
    return await checkContent(tree.root, kinds, options.today === undefined ? {} : { today: options.today });
  } finally {
    await tree.cleanup();
  }
}

/** An edit replacing the first match, failing loudly when the fixture no longer has it. */
export const replace = (from: string | RegExp, to: string) => (text: string) => {
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture edit did not apply: ${String(from)}`);
  return next;
};
