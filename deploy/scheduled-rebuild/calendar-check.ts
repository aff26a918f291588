// Warns when the working-day calendar (the chinese-days package) does not know a year's holidays:
// this year (deadlines are then counted on plain weekdays) or, from December on, the next one.
// The State Council announces each year's holidays in the autumn before; updating the package
// (`npm update chinese-days`, then commit package-lock.json) brings them in.
// Exit status 0: all known; 1: a year is missing. It never blocks the rebuild.
import { buildToday } from '../../src/lib/dates.ts';
import { calendarCovers } from '../../src/lib/working-days.ts';

const today = buildToday();
const year = Number(today.slice(0, 4));
const missing = [year, ...(today.slice(5, 7) === '12' ? [year + 1] : [])].filter((y) => !calendarCovers(y));
if (missing.length > 0) {
  console.warn(`工作日日历尚未收入 ${missing.join('、')} 年的节假日安排：请运行 npm update chinese-days 并提交 package-lock.json。`);
  process.exitCode = 1;
} else {
  console.log(`工作日日历已收入 ${year} 年的节假日安排。`);
}
