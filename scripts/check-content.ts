// npm run check: validate everything under content/ without building the site. Errors stop a
// build; warnings (提醒) are things to look at. The exit code is 1 when there is any error.
// Whatever is wrong (content, GONGKAI_TODAY, the check itself), the output is lines, never a stack trace.
import { checkContent } from '../src/lib/content-check/index.ts';
import { parseCacheFile } from '../src/lib/content-check/parse-cache.ts';
import { formatProblem, sortProblems } from '../src/lib/content-check/problem.ts';
import { checkUpdateDates, lastChangeDates } from '../src/lib/content-check/git-dates.ts';
import { readToday } from '../src/lib/dates.ts';
import { showInvisible } from '../src/lib/content-check/invisible.ts';
import { guard } from '../src/lib/content-check/guard.ts';
import { checkStaleColumns } from '../src/lib/content-check/freshness.ts';
import { kinds } from '../src/kinds/index.ts';

const started = performance.now();
const root = process.cwd();
try {
  // A GONGKAI_TODAY that is not a real date comes back from the check as its one problem.
  const { today, problem: todayProblem } = readToday();
  const { problems, entries } = await checkContent(root, kinds, { cacheFile: parseCacheFile(root) });
  const gitDates = todayProblem ? [] : guard('content/', '更新日期与 git 记录', () => checkUpdateDates(entries, kinds, lastChangeDates(root, today)));
  // 栏目长期不更新 is judged on today's date, so it is here beside the git dates, not in the check tests run.
  const site = entries.site?.[0]?.data as { staleAfterMonths?: unknown } | undefined;
  const stale = todayProblem ? [] : guard('content/', '栏目更新', () => checkStaleColumns(entries, kinds, today, typeof site?.staleAfterMonths === 'number' ? site.staleAfterMonths : undefined));
  const all = sortProblems([...problems, ...gitDates, ...stale]);
  // --strict: warnings fail too (a stale or empty column fails a site inspection), e.g. before publishing.
  const strict = process.argv.includes('--strict');
  const errors = all.filter((p) => p.severity !== 'warning' || strict);
  const warnings = all.filter((p) => p.severity === 'warning' && !strict);
  const count = Object.values(entries).reduce((sum, list) => sum + list.length, 0);
  for (const problem of errors) console.error(formatProblem(problem));
  for (const problem of warnings) console.error(`提醒：${formatProblem(problem)}`);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const summary = `（共检查 ${count} 个文件，用时 ${seconds} 秒${warnings.length ? `，另有 ${warnings.length} 条提醒` : ''}）`;
  if (todayProblem) {
    console.error('\n内容检查未进行：先改正或删除环境变量 GONGKAI_TODAY');
    process.exit(1);
  }
  if (errors.length > 0) {
    console.error(`\n内容检查未通过：${errors.length} 个问题${summary}`);
    process.exit(1);
  }
  console.log(`内容检查通过${summary}`);
} catch (error) {
  // The check guards every rule; this is the last resort, still one line.
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  console.error(showInvisible(`内容检查程序出错，未能完成检查：${reason.split('\n')[0]} (期望 请把本行报告给网站维护人员)`));
  process.exit(2);
}
