// 内容概述: 政府信息公开条例 第十二条 makes it part of every 信息公开目录 entry, and the 目录 page
// shows the entry's `summary` or nothing. A kind whose record makes the summary from its fields
// (a 执法人员's certificate, a unit's qualifications) needs none written; in every other list the
// staff write one or two sentences, and an entry without them is refused here.
import type { CheckKind, EntriesByKind } from './kinds.ts';
import type { Problem } from './problem.ts';
import { lineOf } from './source.ts';
import { describePath, jsonSchemaOf } from './schema-walk.ts';

/** The kind as this rule reads it: records carry `summary` when they make it from the fields. */
export type SummaryKind = Pick<CheckKind, 'single' | 'schema' | 'summary'>;

export const SUMMARY_EXPECTED = '一两句话说明本条信息的主要内容（政府信息公开条例第十二条：目录包括信息的内容概述）';

/**
 * One problem per entry of a 目录 list without a written 内容概述, at the entry's first line.
 * Pass only entries the schema accepted: a refused entry already has its lines.
 */
export function checkSummaries(entries: EntriesByKind, kinds: Readonly<Record<string, SummaryKind>>): Problem[] {
  const problems: Problem[] = [];
  for (const [name, kind] of Object.entries(kinds)) {
    if (kind.single || kind.summary) continue;
    const schema = jsonSchemaOf(kind.schema);
    // Only catalogue entries carry the field; a list outside the 目录 has nothing to write it in.
    if (!schema.properties?.summary) continue;
    for (const entry of entries[name] ?? []) {
      const summary = (entry.data as Record<string, unknown> | undefined)?.summary;
      if (typeof summary === 'string' && summary.trim() !== '') continue;
      problems.push({
        file: entry.file,
        line: lineOf(entry, ['summary']),
        field: describePath(schema, ['summary']),
        message: '没有填写，信息公开目录中本条的“内容概述”将是空的',
        expected: SUMMARY_EXPECTED,
      });
    }
  }
  return problems;
}
