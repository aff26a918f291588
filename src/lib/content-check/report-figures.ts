// Two reports of one year must not publish different numbers for the same figure: the page that
// compares figures across years refuses to build on it (src/pages/reports/figures.astro). Said here
// first, with file, line and field, so the check refuses it rather than a build stopping in a page.
import { FIGURES, figureSeries, formatNumber, reportFigures, type FigureSource } from '../reports/figures.ts';
import type { Problem } from './problem.ts';
import { describePath, jsonSchemaOf } from './schema-walk.ts';
import { lineOf, type SourceEntry } from './source.ts';
import type { CheckKind } from './kinds.ts';

/** Each later report stating another value than the first of its year gets one line naming that one. */
export function checkFigureConflicts(reports: readonly SourceEntry[], valid: ReadonlyMap<string, unknown>, kind: CheckKind): Problem[] {
  const schema = jsonSchemaOf(kind.schema);
  const byId = new Map(reports.map((entry) => [entry.id, entry]));
  const sources: FigureSource[] = [];
  for (const [id, data] of valid) {
    const report = data as Omit<FigureSource, 'figures' | 'id'> & Parameters<typeof reportFigures>[0];
    sources.push({ id, title: report.title, kind: report.kind, year: report.year, figures: reportFigures(report) });
  }
  const problems: Problem[] = [];
  for (const conflict of figureSeries(sources).conflicts) {
    const figure = FIGURES[conflict.key];
    const [first, ...rest] = conflict.values;
    for (const other of rest) {
      if (!first || other.value === first.value) continue;
      const entry = byId.get(other.id);
      if (!entry) continue;
      const data = valid.get(other.id) as { figures?: Record<string, unknown> };
      // The figure as declared, or else the statistics table it is taken from.
      const path = data.figures?.[conflict.key] !== undefined ? ['figures', conflict.key] : ['disclosureTables'];
      problems.push({
        file: entry.file,
        line: lineOf(entry, path),
        field: describePath(schema, path),
        message: `${conflict.year} 年的“${figure.label}”为 ${formatNumber(other.value)}${figure.unit}，与 ${byId.get(first.id)?.file ?? first.id} 的 ${formatNumber(first.value)}${figure.unit} 不一致`,
        expected: '同一年度各报告中的同一数据相同',
      });
    }
  }
  return problems;
}
