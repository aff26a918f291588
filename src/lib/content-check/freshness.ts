// 栏目长期不更新: the national inspection of government websites counts a column with no new or
// updated entry for months against a site (empty columns are counted by checkEmptyColumns). The
// check warns, naming the column, once its newest 发布日期/更新日期 is older than site.yaml's
// staleAfterMonths (DEFAULT_STALE_MONTHS when not set).
import { toIsoDateText, isRealIsoDate } from '../dates.ts';
import type { Problem } from './problem.ts';

/** Months without a new or updated entry before a column is reported, unless site.yaml says otherwise. */
export const DEFAULT_STALE_MONTHS = 12;

/** The kind as this rule reads it: records carry their column's name (the 栏目 readers see). */
export interface FreshnessKind {
  label: string;
  /** Folder under content/. */
  folder: string;
  single?: true;
  column?: { name: string };
}

/** The date `months` months before `today` (the 31st becomes the month's last day). */
export function monthsBefore(today: string, months: number): string {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) - months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}

/** The newest 发布日期 or 更新日期 among a column's entries, or undefined when none has one. */
export function newestDate(entries: readonly { data: unknown }[]): string | undefined {
  let newest: string | undefined;
  for (const entry of entries) {
    for (const key of ['publishDate', 'updateDate']) {
      const value = toIsoDateText((entry.data as Record<string, unknown> | undefined)?.[key]);
      if (typeof value === 'string' && isRealIsoDate(value) && (newest === undefined || value > newest)) newest = value;
    }
  }
  return newest;
}

/**
 * One warning per column whose newest entry is older than its limit. Columns without entries, or
 * whose entries carry no dates, are left to the empty-column rule and the schemas.
 */
export function checkStaleColumns(entries: Readonly<Record<string, readonly { data: unknown }[]>>, kinds: Readonly<Record<string, FreshnessKind>>, today: string, months = DEFAULT_STALE_MONTHS): Problem[] {
  const problems: Problem[] = [];
  for (const [name, kind] of Object.entries(kinds)) {
    if (kind.single) continue;
    const newest = newestDate(entries[name] ?? []);
    if (newest === undefined) continue;
    const cutoff = monthsBefore(today, months);
    if (newest >= cutoff) continue;
    problems.push({
      file: `content/${kind.folder}/`,
      message: `栏目“${kind.column?.name ?? kind.label}”已超过 ${months} 个月没有新增或更新内容（最近一次为 ${newest}）`,
      expected: `${cutoff} 以后发布或更新的内容；政府网站检查把长期不更新的栏目计为问题`,
      severity: 'warning',
    });
  }
  return problems;
}
