// Keeps the index step's memory down while Pagefind writes the index, the build's peak at 10,000
// entries and more: Pagefind's write phase holds every page's words at once (1.6-2.1 GB at 10,000
// entries), and the Node process feeding it held another 0.2 GB of garbage left from reading and
// preparing the pages.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Settings for Pagefind's allocator (jemalloc, read from _RJEM_MALLOC_CONF). By default jemalloc
 * keeps freed pages for ten seconds and spreads allocations over eight arenas per core, so in the
 * write phase, which frees and allocates a lot within a few seconds, what Pagefind had freed stayed
 * resident: its peak varied from 1.6 to 2.1 GB from run to run of the same index. With one arena
 * and freed pages returned after a second, the peak stays near the 1.6 GB actually in use.
 * The allocator changes nothing in the files written.
 */
export const PAGEFIND_MALLOC_CONF = 'narenas:1,dirty_decay_ms:1000,muzzy_decay_ms:0';

/**
 * Runs `start` with `env` added to process.env, then puts process.env back as it was: a process
 * started synchronously inside `start` (Pagefind's, by createIndex) gets the values, and nothing
 * started later does. A variable already set is left as it is, so it can be chosen from outside.
 */
export function withEnvDefaults<T>(env: Record<string, string>, start: () => T): T {
  const added = Object.keys(env).filter((name) => process.env[name] === undefined);
  for (const name of added) process.env[name] = env[name];
  try {
    return start();
  } finally {
    for (const name of added) delete process.env[name];
  }
}

let collect: ((options: object) => void) | undefined;

/**
 * A full garbage collection now that also shrinks the heap, so that V8 gives back the pages it no
 * longer needs before this process sits waiting on Pagefind's write phase. Without it the process
 * stayed at about 0.2 GB (the young generation grown while pages were read, and their garbage);
 * a plain collection frees the garbage but V8 keeps the pages for several seconds more, while
 * the "last-resort" one (what V8 runs before giving up on memory) returns them at once: 0.18 GB
 * → 0.09 GB at 10,000 entries, about what Node holds at start. Node starts without `gc` exposed;
 * the flag is turned on once, as Jest does for its heap reports.
 */
export function releaseHeap(): void {
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as (options: object) => void;
  }
  collect({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}
