// A document replaced by one that is (through others) replaced by the first would send readers
// round in circles from banner to banner. Found here so that `npm run check` refuses it as the
// build does.
import type { Problem } from './problem.ts';
import { describePath, jsonSchemaOf } from './schema-walk.ts';
import { lineOf, type SourceEntry } from './source.ts';
import type { z } from 'astro/zod';

const replacedBy = (entry: SourceEntry) => (entry.data as { validity?: { replacedBy?: unknown } }).validity?.replacedBy;

export function checkReplacementCycles(documents: readonly SourceEntry[], schema: z.ZodType): Problem[] {
  const byId = new Map(documents.map((entry) => [entry.id, entry]));
  const reported = new Set<string>();
  const problems: Problem[] = [];
  for (const start of [...documents].sort((a, b) => a.id.localeCompare(b.id))) {
    const chain = [start.id];
    for (let next = replacedBy(start); typeof next === 'string' && byId.has(next); next = replacedBy(byId.get(next)!)) {
      if (next === start.id && !chain.some((id) => reported.has(id))) {
        chain.forEach((id) => reported.add(id));
        const path = ['validity', 'replacedBy'];
        problems.push({
          file: start.file,
          line: lineOf(start, path),
          field: describePath(jsonSchemaOf(schema), path),
          message: `文件替代关系成环：${[...chain, next].join(' → ')}`,
          expected: '替代文件最终指向一份现行文件',
        });
      }
      if (chain.includes(next)) break;
      chain.push(next);
    }
  }
  return problems;
}
