import { afterEach, describe, expect, it, vi } from 'vitest';
import { perBuild, perBuildUses } from './per-build.ts';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('perBuildUses', () => {
  it('works a value out once for its counted uses, then again', () => {
    vi.stubEnv('PROD', true);
    const compute = vi.fn((name: string) => ({ name }));
    const read = perBuildUses((name: string) => name, (name) => (name === 'a' ? 3 : 1), compute);
    const first = read('a');
    expect(read('a')).toBe(first);
    expect(read('b')).not.toBe(first);
    expect(read('a')).toBe(first);
    expect(compute).toHaveBeenCalledTimes(2);
    // The count is spent: the value was let go, and a further call works it out anew.
    const again = read('a');
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
    expect(compute).toHaveBeenCalledTimes(3);
  });

  it('keeps nothing outside a build', () => {
    vi.stubEnv('PROD', false);
    const compute = vi.fn((name: string) => ({ name }));
    const read = perBuildUses((name: string) => name, () => 5, compute);
    expect(read('a')).not.toBe(read('a'));
    expect(compute).toHaveBeenCalledTimes(2);
  });
});

describe('perBuild', () => {
  it('keeps a value for the rest of a build', () => {
    vi.stubEnv('PROD', true);
    const compute = vi.fn((name: string) => ({ name }));
    const read = perBuild((name: string) => name, compute);
    expect(read('a')).toBe(read('a'));
    expect(compute).toHaveBeenCalledTimes(1);
  });
});
