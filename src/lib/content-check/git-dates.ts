// "Dates that do not lie": a file whose content changed (in git, or in the working tree) after
// the 更新日期 it states gets a warning. The commit that created a file does not count: content
// migrated from an older system keeps its historical dates.
import { spawnSync } from 'node:child_process';
import type { CheckKinds, EntriesByKind } from './kinds.ts';
import type { Problem } from './problem.ts';
import { describePath, jsonSchemaOf } from './schema-walk.ts';
import { lineOf } from './source.ts';
import { toIsoDateText } from '../dates.ts';

/** The latest date each file changed after it was created: commits, then uncommitted edits (today). */
export function lastChangeDates(root: string, today: string): Map<string, string> {
  const run = (args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const log = run(['log', '--format=%x00%cs', '--name-only', '--no-renames', '--', 'content']);
  const changes = new Map<string, string[]>();
  if (log.status !== 0) return new Map();
  for (const block of log.stdout.split('\0').slice(1)) {
    const [date, ...files] = block.trim().split('\n');
    for (const file of files.filter(Boolean)) changes.set(file, [...(changes.get(file) ?? []), date!]);
  }
  const latest = new Map<string, string>();
  // git log lists newest first; the last date is the commit that created the file. Edits on the
  // day a file was created are part of writing it.
  const created = new Map([...changes].map(([file, dates]) => [file, dates.at(-1)!]));
  for (const [file, dates] of changes) if (dates[0]! > created.get(file)!) latest.set(file, dates[0]!);
  const status = run(['status', '--porcelain', '--', 'content']);
  for (const line of status.stdout.split('\n')) {
    const file = line.slice(3).trim();
    if (/^( M|M)/.test(line) && (created.get(file) ?? today) < today) latest.set(file, today);
  }
  return latest;
}

export function checkUpdateDates(entries: EntriesByKind, kinds: CheckKinds, changed: ReadonlyMap<string, string>): Problem[] {
  const problems: Problem[] = [];
  for (const [name, kind] of Object.entries(kinds)) {
    const schema = jsonSchemaOf(kind.schema);
    for (const entry of entries[name] ?? []) {
      const updateDate = toIsoDateText((entry.data as Record<string, unknown>).updateDate);
      const lastChange = changed.get(entry.file);
      if (typeof updateDate === 'string' && lastChange && lastChange > updateDate) {
        problems.push({
          file: entry.file,
          line: lineOf(entry, ['updateDate']),
          field: describePath(schema, ['updateDate']),
          message: `内容在 ${lastChange} 有改动，更新日期仍为 ${updateDate}`,
          expected: '实质内容有变化时把更新日期改为改动的日期；只改错别字等可忽略本提醒',
          severity: 'warning',
        });
      }
    }
  }
  return problems;
}
