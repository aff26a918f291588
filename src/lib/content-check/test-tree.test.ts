// The fixture-tree helper every content-check test and the bad-content corpus stand on: a tree
// written from memory must be the fixture exactly, with exactly the edits asked for.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureTree, MINIMAL_FIXTURE, replace } from './test-tree.ts';

/** Every file and folder under `root`, as sorted relative paths (folders end in "/"). */
function listing(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .map((item) => join(item.parentPath, item.name).slice(root.length + 1) + (item.isDirectory() ? '/' : ''))
    .sort();
}

const POWER = 'content/powers/P-001.yaml';

describe('fixtureTree', () => {
  it('is the minimal fixture byte for byte when nothing is edited, and cleanup removes it', async () => {
    const tree = await fixtureTree();
    expect(listing(tree.root)).toEqual(listing(MINIMAL_FIXTURE));
    for (const path of listing(MINIMAL_FIXTURE).filter((path) => !path.endsWith('/'))) {
      expect(readFileSync(join(tree.root, path)).equals(readFileSync(join(MINIMAL_FIXTURE, path))), path).toBe(true);
    }
    await tree.cleanup();
    expect(existsSync(tree.root)).toBe(false);
  });

  it('changes, adds (in new folders too), writes bytes as given and deletes, keeping an emptied folder', async () => {
    const gb18030 = Uint8Array.from([0xd2, 0xbb, 0xa1, 0xa2]);
    const recording = readdirSync(join(MINIMAL_FIXTURE, 'content/enforcement/recording-items'));
    const tree = await fixtureTree({
      [POWER]: replace('name: 测试审批', 'name: 改过的审批'),
      'content/new-folder/deep/N-001.yaml': 'code: N-001\n',
      'content/powers/P-009.yaml': gb18030,
      ...Object.fromEntries(recording.map((name) => [`content/enforcement/recording-items/${name}`, null])),
    });
    try {
      expect(readFileSync(join(tree.root, POWER), 'utf8')).toContain('name: 改过的审批\n');
      expect(readFileSync(join(tree.root, 'content/new-folder/deep/N-001.yaml'), 'utf8')).toBe('code: N-001\n');
      expect([...readFileSync(join(tree.root, 'content/powers/P-009.yaml'))]).toEqual([...gb18030]);
      expect(statSync(join(tree.root, 'content/enforcement/recording-items')).isDirectory()).toBe(true);
      expect(readdirSync(join(tree.root, 'content/enforcement/recording-items'))).toEqual([]);
    } finally {
      await tree.cleanup();
    }
  });

  it('leaves the next tree pristine: edits never reach the shared copy of the fixture', async () => {
    const tree = await fixtureTree({ [POWER]: replace('name: 测试审批', 'name: 改过的审批'), 'content/powers/P-002.yaml': 'code: P-002\n' });
    const next = await fixtureTree();
    try {
      expect(readFileSync(join(next.root, POWER), 'utf8')).toBe(readFileSync(join(MINIMAL_FIXTURE, POWER), 'utf8'));
      expect(existsSync(join(next.root, 'content/powers/P-002.yaml'))).toBe(false);
    } finally {
      await tree.cleanup();
      await next.cleanup();
    }
  });

  it('refuses to change or delete a file the fixture does not have', async () => {
    await expect(fixtureTree({ 'content/powers/P-404.yaml': replace('a', 'b') })).rejects.toThrow('fixture edit: no file content/powers/P-404.yaml to change');
    await expect(fixtureTree({ 'content/powers/P-404.yaml': null })).rejects.toThrow('fixture edit: no file content/powers/P-404.yaml to remove');
  });

  it('runs setup on the edited tree, and removes the tree when setup fails', async () => {
    let seen = '';
    const tree = await fixtureTree({ [POWER]: replace('name: 测试审批', 'name: 设置前') }, async (root) => {
      seen = readFileSync(join(root, POWER), 'utf8');
    });
    await tree.cleanup();
    expect(seen).toContain('name: 设置前');
    let failedRoot = '';
    await expect(
      fixtureTree({}, async (root) => {
        failedRoot = root;
        throw new Error('setup failed');
      }),
    ).rejects.toThrow('setup failed');
    expect(failedRoot).not.toBe('');
    expect(existsSync(failedRoot)).toBe(false);
  });
});
