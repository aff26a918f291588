import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { releaseHeap, withEnvDefaults } from './index-memory.ts';

const NAME = 'GONGKAI_INDEX_MEMORY_TEST';

afterEach(() => {
  delete process.env[NAME];
});

describe('the environment Pagefind is started with', () => {
  it('is seen by a process started inside, and is gone afterwards', () => {
    const seen = withEnvDefaults({ [NAME]: 'narenas:1' }, () => spawnSync(process.execPath, ['-p', `process.env.${NAME}`], { encoding: 'utf8' }).stdout.trim());
    expect(seen).toBe('narenas:1');
    expect(process.env[NAME]).toBeUndefined();
  });

  it('leaves a value set from outside as it is, even an empty one', () => {
    process.env[NAME] = '';
    expect(withEnvDefaults({ [NAME]: 'narenas:1' }, () => process.env[NAME])).toBe('');
    expect(process.env[NAME]).toBe('');
  });

  it('is put back when starting fails', () => {
    expect(() =>
      withEnvDefaults({ [NAME]: 'x' }, () => {
        throw new Error('无法启动');
      }),
    ).toThrow('无法启动');
    expect(process.env[NAME]).toBeUndefined();
  });
});

describe('releasing the heap before Pagefind writes', () => {
  it('collects garbage that no later allocation would have made V8 collect, and gives the pages back', () => {
    // The strings live only in this function: once it returns, nothing holds them.
    const allocate = (): NodeJS.MemoryUsage => {
      const garbage = Array.from({ length: 200_000 }, (_, at) => `第${at}页`.repeat(4));
      const usage = process.memoryUsage();
      expect(garbage).toHaveLength(200_000);
      return usage;
    };
    const { heapUsed, heapTotal } = allocate();
    releaseHeap();
    const after = process.memoryUsage();
    expect(after.heapUsed).toBeLessThan(heapUsed - 10 * 2 ** 20);
    expect(after.heapTotal).toBeLessThan(heapTotal - 10 * 2 ** 20);
    // A second call reuses the collector.
    expect(() => releaseHeap()).not.toThrow();
  });
});
