// Whether a decision was published (or its publication withdrawn) within its working-day period.
// Counting working days walks the holiday calendar day by day, and a list of thousands of
// decisions has far fewer distinct pairs of dates, so a build counts each pair once. `astro dev`
// counts afresh, so an edited content/holidays.yaml shows at once.
import { publicationTimeliness, withdrawalTimeliness } from '../../lib/disclosure.ts';
import type { WorkingDayDeadline } from '../../lib/working-days.ts';

const counted = new Map<string, WorkingDayDeadline>();

function once(key: string, count: () => WorkingDayDeadline): WorkingDayDeadline {
  if (!import.meta.env.PROD) return count();
  let result = counted.get(key);
  if (!result) {
    result = count();
    counted.set(key, result);
  }
  return result;
}

/** publicationTimeliness, counted once per build for each decision date and publish date. */
export const publishedInTime = (decision: { decisionDate: string; publishDate: string }) =>
  once(`publish ${decision.decisionDate} ${decision.publishDate}`, () => publicationTimeliness(decision));

/** withdrawalTimeliness, counted once per build for each pair of dates. */
export const withdrawnInTime = (withdrawal: { decidedDate: string; date: string }) =>
  once(`withdraw ${withdrawal.decidedDate} ${withdrawal.date}`, () => withdrawalTimeliness(withdrawal));
