// The content check's result for each project folder, shared by everything in one process: the
// build's check (astro.config.mjs's integration) and the collections (src/content.config.ts),
// which Astro loads through Vite as separate module instances, so a module's own variable would
// not be shared between them.
import { resolve } from 'node:path';
import type { CheckResult } from './index.ts';

const KEY = Symbol.for('gongkai.content-check.results');

type Registry = Map<string, Promise<CheckResult>>;

function registry(): Registry {
  const global = globalThis as { [KEY]?: Registry };
  return (global[KEY] ??= new Map());
}

/** The check of `root` already run in this process, if any. */
export function checkedAlready(root: string): Promise<CheckResult> | undefined {
  return registry().get(resolve(root));
}

export function keepChecked(root: string, result: Promise<CheckResult>): void {
  registry().set(resolve(root), result);
}
