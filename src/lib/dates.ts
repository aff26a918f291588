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

/** Today's date in China (UTC+8), or the date set in GONGKAI_TODAY for tests and previews. */
export function buildToday(env: Record<string, string | undefined> = process.env, now: Date = new Date()): string {
  const override = env.GONGKAI_TODAY;
  if (override) {
    if (!isRealIsoDate(override)) throw new Error(`GONGKAI_TODAY 应为 YYYY-MM-DD 格式的真实日期，实际为 "${override}"`);
    return override;
  }
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** "2025-03-01" → "2025年3月1日" for running text. */
export function formatChineseDate(iso: string): string {
  const match = ISO_DATE.exec(iso);
  if (!match) return iso;
  return `${Number(match[1])}年${Number(match[2])}月${Number(match[3])}日`;
}
