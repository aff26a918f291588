// Whether a decision was published (or its publication withdrawn) within its working-day period.
// Counting working days walks the holiday calendar day by day, and a list of thousands of
// decisions has far fewer distinct pairs of dates, so a build counts each pair once. `astro dev`
// counts afresh, so an edited content/holidays.yaml shows at once.
import { publicationTimeliness, withdrawalTimeliness } from '../../lib/disclosure.ts';
import { perBuild } from '../../data/per-build.ts';

/** publicationTimeliness, counted once per build for each decision date and publish date. */
export const publishedInTime = perBuild((decision: { decisionDate: string; publishDate: string }) => `${decision.decisionDate} ${decision.publishDate}`, publicationTimeliness);

/** withdrawalTimeliness, counted once per build for each pair of dates. */
export const withdrawnInTime = perBuild((withdrawal: { decidedDate: string; date: string }) => `${withdrawal.decidedDate} ${withdrawal.date}`, withdrawalTimeliness);
