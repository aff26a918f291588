// Figures of a year's random inspections, derived from the per-enterprise results so that
// nobody types a total that can disagree with the rows.

export interface InspectionResult {
  outcome: string;
}

export interface InspectionSummary {
  checked: number;
  withProblems: number;
  byOutcome: Record<string, number>;
}

const NO_PROBLEM = new Set(['未发现问题', '未找到检查对象']);

export function summariseInspections(results: readonly InspectionResult[]): InspectionSummary {
  const byOutcome: Record<string, number> = {};
  for (const result of results) byOutcome[result.outcome] = (byOutcome[result.outcome] ?? 0) + 1;
  return {
    checked: results.filter((r) => r.outcome !== '未找到检查对象').length,
    withProblems: results.filter((r) => !NO_PROBLEM.has(r.outcome)).length,
    byOutcome,
  };
}
