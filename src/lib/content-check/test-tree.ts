// Test helper: a copy of the minimal fixture site in a temporary folder, with some files
// edited, removed or added, so each test states only what it breaks.
import { cp, mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent } from './index.ts';
import { formatProblem } from './problem.ts';

export const MINIMAL_FIXTURE = fileURLToPath(new URL('../../../tests/fixtures/minimal', import.meta.url));

/** Path under the tree → new text, a function of the old text, or null to delete the file. */
export type Edits = Record<string, string | ((text: string) => string) | null>;

/** `setup` runs on the root after the edits, for what text cannot make (links, binary files, folders). */
export async function fixtureTree(edits: Edits = {}, setup?: (root: string) => Promise<void>): Promise<{ root: string; cleanup: () => Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), 'gongkai-fixture-'));
  await cp(MINIMAL_FIXTURE, root, { recursive: true });
  for (const [path, edit] of Object.entries(edits)) {
    const file = join(root, path);
    if (edit === null) {
      await rm(file);
    } else if (typeof edit === 'string') {
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, edit);
    } else {
      await writeFile(file, edit(await readFile(file, 'utf8')));
    }
  }
  await setup?.(root);
  return { root, cleanup: () => rm(root, { recursive: true, force: true }) };
}

/** The content check's lines for the minimal fixture with some files edited. */
export async function problemsAfter(edits: Edits, setup?: (root: string) => Promise<void>): Promise<string[]> {
  const tree = await fixtureTree(edits, setup);
  try {
    return (await checkContent(tree.root)).problems.map(formatProblem);
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
