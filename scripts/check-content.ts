// npm run check: validate everything under content/ without building the site.
import { checkContent } from '../src/lib/content-check/index.ts';
import { formatProblem } from '../src/lib/content-check/problem.ts';

const started = performance.now();
const { problems, entries } = await checkContent(process.cwd());
const count = Object.values(entries).reduce((sum, list) => sum + list.length, 0);
for (const problem of problems) console.error(formatProblem(problem));
const seconds = ((performance.now() - started) / 1000).toFixed(2);
if (problems.length > 0) {
  console.error(`\n内容检查未通过：${problems.length} 个问题（共检查 ${count} 个文件，用时 ${seconds} 秒）`);
  process.exit(1);
}
console.log(`内容检查通过：${count} 个文件，用时 ${seconds} 秒`);
