// Where a dated item stands on the build's today. Pages decide from these, never from the clock,
// so a build for another day (GONGKAI_TODAY) shows that day's site.

/** A notice past its 截止日期 is archived (listed under 往期), still published. */
export function isArchived(notice: { endDate?: string }, today: string): boolean {
  return notice.endDate !== undefined && notice.endDate < today;
}

export type ConsultationState = '未开始' | '征求意见中' | '已截止' | '已反馈';

/** Open from openDate through closeDate inclusive; closed after; answered once it has 采纳情况. */
export function consultationState(c: { openDate: string; closeDate: string; feedback?: unknown }, today: string): ConsultationState {
  if (today < c.openDate) return '未开始';
  if (today <= c.closeDate) return '征求意见中';
  return c.feedback ? '已反馈' : '已截止';
}

/** Items grouped by year, newest year first, keeping each group's order. */
export function byYear<T>(items: readonly T[], year: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(year(item), [...(groups.get(year(item)) ?? []), item]);
  return [...groups].sort(([a], [b]) => b.localeCompare(a));
}
