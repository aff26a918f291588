// Rules of the 政府网站 inspections that can be judged from the content alone: content is
// not dated in the future, and no column of the site is empty.
import { contentKinds, kindNames, CONTENT_DIR, type KindName } from '../../schemas/index.ts';
import type { Problem } from './problem.ts';
import { describePath, jsonSchemaOf } from './schema-walk.ts';
import { lineOf, type SourceEntry } from './source.ts';
import { toIsoDateText } from '../dates.ts';

/** 发布日期 and 更新日期 cannot be later than today: a page must not claim a date to come. */
export function checkDatesNotInFuture(entries: Record<KindName, SourceEntry[]>, today: string): Problem[] {
  const problems: Problem[] = [];
  for (const name of kindNames) {
    const schema = jsonSchemaOf(contentKinds[name].schema);
    for (const entry of entries[name]) {
      for (const key of ['publishDate', 'updateDate'] as const) {
        const value = toIsoDateText((entry.data as Record<string, unknown>)[key]);
        if (typeof value === 'string' && value > today) {
          problems.push({ file: entry.file, line: lineOf(entry, [key]), field: describePath(schema, [key]), message: `${value} 晚于今天 ${today}`, expected: '不晚于今天的真实日期' });
        }
      }
    }
  }
  return problems;
}

/**
 * A column (a list of the site) with no entry files at all: site inspections count empty columns
 * against a site. Files that fail to parse still count; they are reported on their own.
 */
export function checkEmptyColumns(files: Record<KindName, ReadonlySet<string>>): Problem[] {
  return kindNames
    .filter((name) => !('single' in contentKinds[name]) && files[name].size === 0)
    .map((name) => ({
      file: `${CONTENT_DIR}/${contentKinds[name].path}/`,
      message: `栏目“${contentKinds[name].label}”没有任何内容`,
      expected: '至少一条；政府网站检查把空栏目计为问题',
      severity: 'warning' as const,
    }));
}
