import { defineConfig } from 'vitest/config';

// No test may pass or fail by how fast the machine is: on a CI runner busy with other work the
// same test can take ten times as long. Vitest's default timeouts (5 s a test, 10 s a hook) failed
// sound tests there, so both projects get a limit no slow machine reaches; it is only there to
// stop a test that truly hangs. (0 would switch the limit off, and a hung test would then hang CI.)
// Unit tests take seconds at most; browser tests build whole sites, several minutes when busy.
const UNIT_LIMIT = 10 * 60_000;
const BROWSER_LIMIT = 30 * 60_000;

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
          testTimeout: UNIT_LIMIT,
          hookTimeout: UNIT_LIMIT,
          // Test files in one worker share loaded modules (schemas, zod, yaml, the content check)
          // instead of loading them again for every file, which was a third of the suite's CPU time.
          // So modules under src/ keep no state that depends on what a test did: caches only of
          // what cannot change during a run, or keyed by the content root; tests that change
          // process.env restore it (vi.stubEnv with vi.unstubAllEnvs) and use no vi.mock.
          isolate: false,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: BROWSER_LIMIT,
          hookTimeout: BROWSER_LIMIT,
          // One Chromium and one static server are shared; files run one after another.
          fileParallelism: false,
        },
      },
    ],
  },
});
