// The content check's result for each project folder, shared by everything in one process: the
// build's check (astro.config.mjs's integration) and the collections (src/content.config.ts),
// which Astro loads through Vite as separate module instances, so a module's own variable would
// not be shared between them.
// Only what the later steps read is kept: the result stays alive for the whole build, and each
// entry's YAML document (parsed, or the file's bytes to parse it again from the cache) is needed
// for the problems' lines only. At 10,000 entries the documents held about 0.5 GB through page
// generation, the build's peak.
import { resolve } from 'node:path';
import type { CheckResult } from './index.ts';
import type { SourceEntry } from './source.ts';

const KEY = Symbol.for('gongkai.content-check.results');

/** An entry as the build reads it after the check: where it is and what it parsed to. */
export type KeptEntry = Pick<SourceEntry, 'kind' | 'id' | 'file' | 'absolutePath' | 'data'>;

/** A check's result as kept for the build: the problems, each entry's data and what it validated to. */
export interface KeptCheck extends Omit<CheckResult, 'entries'> {
  entries: Record<string, KeptEntry[]>;
}

type Registry = Map<string, Promise<KeptCheck>>;

function registry(): Registry {
  const global = globalThis as { [KEY]?: Registry };
  return (global[KEY] ??= new Map());
}

/** The check of `root` already run in this process, if any. */
export function checkedAlready(root: string): Promise<KeptCheck> | undefined {
  return registry().get(resolve(root));
}

/** The part of a result the build reads, without the entries' YAML documents, bodies and bytes. */
export function keptOf(result: CheckResult | KeptCheck): KeptCheck {
  const entries = Object.fromEntries(
    Object.entries(result.entries).map(([name, list]) => [name, list.map(({ kind, id, file, absolutePath, data }): KeptEntry => ({ kind, id, file, absolutePath, data }))]),
  );
  return { problems: result.problems, entries, valid: result.valid, ...(result.today === undefined ? {} : { today: result.today }) };
}

export function keepChecked(root: string, result: Promise<CheckResult | KeptCheck>): void {
  registry().set(resolve(root), result.then(keptOf));
}
