// ISO calendar dates (YYYY-MM-DD) as plain strings: they compare correctly as strings
// and never shift with the build machine's time zone.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isRealIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** YAML parsers turn unquoted dates into Date objects (UTC midnight); bring them back to ISO text. */
export function toIsoDateText(value: unknown): unknown {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;
}

/** What is wrong with a GONGKAI_TODAY value, in Chinese, or undefined when it is a real ISO date. */
export function todayOverrideProblem(value: string): string | undefined {
  if (isRealIsoDate(value)) return undefined;
  return ISO_DATE.test(value.trim()) ? `值“${value}”不是真实存在的日期` : `值“${value}”不是 YYYY-MM-DD 格式的日期`;
}

export const TODAY_EXPECTED = 'YYYY-MM-DD 格式的真实日期，如 2026-12-31；或不设置，按北京时间的今天';

/**
 * Today's date in China (UTC+8), or the date set in GONGKAI_TODAY for tests and previews, with the
 * problem of a GONGKAI_TODAY that is not a real date (then `today` is the real one): the content
 * check reports it as one line instead of failing with a stack trace.
 */
export function readToday(env: Record<string, string | undefined> = process.env, now: Date = new Date()): { today: string; problem?: string } {
  const real = new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
  const override = env.GONGKAI_TODAY;
  if (!override) return { today: real };
  const problem = todayOverrideProblem(override);
  return problem ? { today: real, problem } : { today: override };
}

/** Today as readToday gives it; a GONGKAI_TODAY that is not a real date is an error here. */
export function buildToday(env: Record<string, string | undefined> = process.env, now: Date = new Date()): string {
  const { today, problem } = readToday(env, now);
  if (problem) throw new Error(`GONGKAI_TODAY 应为 YYYY-MM-DD 格式的真实日期，实际为 "${env.GONGKAI_TODAY}"`);
  return today;
}

/** "2025-03-01" → "2025年3月1日" for running text. */
export function formatChineseDate(iso: string): string {
  const match = ISO_DATE.exec(iso);
  if (!match) return iso;
  return `${Number(match[1])}年${Number(match[2])}月${Number(match[3])}日`;
}
