// Recognising the parts of an annual report as staff hold it: the title, the 文号, the 发布日期
// line a web page adds, the office and date at the end, and the report's kind and year.
// Every function here takes lines already passed through cleanLine().
import { REPORT_KINDS, type ReportKind } from './kinds.ts';
import { parseChineseDate } from './text.ts';

/** "示防办〔2025〕3号"; square or other brackets are accepted and turned into 〔〕. */
const DOC_NO = /^([\p{Script=Han}A-Za-z]{1,16})\s*[〔\[［【(（]\s*(\d{4})\s*[〕\]］】)）]\s*第?\s*(\d{1,4})\s*号$/u;

export function detectDocNo(line: string): string | undefined {
  const match = DOC_NO.exec(line);
  return match ? `${match[1]}〔${match[2]}〕${match[3]}号` : undefined;
}

/** A report's title ends with 报告, 年报 or 总结 and is one line of reasonable length. */
export function isTitle(line: string): boolean {
  return line.length >= 6 && line.length <= 80 && /(报告|年报|总结)$/.test(line) && !/[。；]/.test(line);
}

/** "发布日期：2020-03-12 访问次数：…" as web pages show it above the text. */
export function detectPublishLine(line: string): string | undefined {
  const match = /(?:发布日期|发布时间|发文日期)[：:]?\s*(.+)$/.exec(line);
  return match?.[1] ? parseChineseDate(match[1]) : undefined;
}

/** Page furniture copied along with the text: print and close buttons, hit counters, font-size switches. */
export function isBoilerplate(line: string): boolean {
  return /^(打印本页|关闭窗口|【?打印】?|【?关闭】?|返回顶部|分享到|字号|【字体|字体[:：]|扫一扫)/.test(line)
    || /打印本页\s*关闭窗口|访问次数[:：]|浏览次数[:：]|信息来源[:：]/.test(line);
}

/** "省委依法治省办：", the addressee of a report written to a higher office. */
export function isAddressee(line: string): boolean {
  return line.length <= 24 && /[：:]$/.test(line) && !/[，。；]/.test(line);
}

/** The date under the signature: a line that is only a date. */
export function detectDateLine(line: string): string | undefined {
  return /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$|^\d{4}-\d{1,2}-\d{1,2}$/.test(line) ? parseChineseDate(line) : undefined;
}

/** The signing office: a short line of a name, without sentence punctuation. */
export function isSignature(line: string): boolean {
  return line.length >= 2 && line.length <= 30 && !/[，。；：:！？、“”\d]/.test(line);
}

export function detectKind(title: string): ReportKind | undefined {
  if (/政府信息公开/.test(title)) return '政府信息公开工作年度报告';
  if (/执法统计|执法数据/.test(title)) return '行政执法统计年报';
  if (/法治政府|法治建设|依法行政/.test(title)) return '法治政府建设年度报告';
  return undefined;
}

/** The year reported on: the first year named in the title, else in the opening paragraph. */
export function detectYear(title: string | undefined, opening: string | undefined): number | undefined {
  for (const text of [title, opening]) {
    const match = text ? /(\d{4})\s*年/.exec(text) : null;
    if (match) return Number(match[1]);
  }
  return undefined;
}

/** "吉林省人防办关于2020年度…的报告" → "吉林省人防办": the office named before 关于 (or before the year). */
export function issuerFromTitle(title: string): string | undefined {
  // "…关于2025年…的报告", or "示例市人防办2025年政府信息公开工作年度报告": the office before the year.
  const match = /^(.{2,30}?)关于/.exec(title) ?? /^(.{2,30}?)(?:\d{4}|[〇零一二三四五六七八九]{4})年/.exec(title);
  return match?.[1];
}

export const KIND_CODES: Record<ReportKind, string> = {
  法治政府建设年度报告: 'fzzf',
  政府信息公开工作年度报告: 'xxgk',
  行政执法统计年报: 'zftj',
};

export const KIND_TOPICS: Record<ReportKind, string> = {
  法治政府建设年度报告: '法治政府建设',
  政府信息公开工作年度报告: '政府信息公开年报',
  行政执法统计年报: '行政执法统计',
};

export { REPORT_KINDS };
