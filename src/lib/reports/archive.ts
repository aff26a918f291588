// The reports archive: every year reported on, newest first, with that year's reports in the order
// of the kinds, and for the overview table which kind each year has.
import { REPORT_KINDS, type ReportKind } from './kinds.ts';

export interface ArchivedReport {
  id: string;
  kind: ReportKind;
  year: number;
}

export interface ArchiveYear<R extends ArchivedReport> {
  year: number;
  reports: R[];
  /** One slot per kind, in REPORT_KINDS order: the reports of that kind (usually one, or none). */
  byKind: { kind: ReportKind; reports: R[] }[];
}

export function archiveByYear<R extends ArchivedReport>(reports: R[]): ArchiveYear<R>[] {
  const years = [...new Set(reports.map((r) => r.year))].sort((a, b) => b - a);
  return years.map((year) => {
    const ofYear = reports.filter((r) => r.year === year);
    const byKind = REPORT_KINDS.map((kind) => ({ kind, reports: ofYear.filter((r) => r.kind === kind).sort((a, b) => a.id.localeCompare(b.id)) }));
    return { year, reports: byKind.flatMap((slot) => slot.reports), byKind };
  });
}

/** The kinds that have at least one report, for the overview table's columns. */
export function kindsPresent(reports: ArchivedReport[]): ReportKind[] {
  return REPORT_KINDS.filter((kind) => reports.some((r) => r.kind === kind));
}
