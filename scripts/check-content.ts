// npm run check: validate everything under content/ without building the site. Errors stop a
// build; warnings (提醒) are things to look at. The exit code is 1 when there is any error.
import { checkContent } from '../src/lib/content-check/index.ts';
import { formatProblem, sortProblems } from '../src/lib/content-check/problem.ts';
import { checkUpdateDates, lastChangeDates } from '../src/lib/content-check/git-dates.ts';
import { buildToday } from '../src/lib/dates.ts';

const started = performance.now();
const root = process.cwd();
const today = buildToday();
const { problems, entries } = await checkContent(root, { today });
const all = sortProblems([...problems, ...checkUpdateDates(entries, lastChangeDates(root, today))]);
const errors = all.filter((p) => p.severity !== 'warning');
const warnings = all.filter((p) => p.severity === 'warning');
const count = Object.values(entries).reduce((sum, list) => sum + list.length, 0);
for (const problem of errors) console.error(formatProblem(problem));
for (const problem of warnings) console.error(`提醒：${formatProblem(problem)}`);
const seconds = ((performance.now() - started) / 1000).toFixed(2);
const summary = `（共检查 ${count} 个文件，用时 ${seconds} 秒${warnings.length ? `，另有 ${warnings.length} 条提醒` : ''}）`;
if (errors.length > 0) {
  console.error(`\n内容检查未通过：${errors.length} 个问题${summary}`);
  process.exit(1);
}
console.log(`内容检查通过${summary}`);
