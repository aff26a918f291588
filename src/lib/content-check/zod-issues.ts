// Turning zod's issues into problems a member of staff can act on, in Chinese.
import type { z } from 'astro/zod';
import type { Problem } from './problem.ts';
import { describePath, type JsonSchema } from './schema-walk.ts';
import { lineOf, type SourceEntry } from './source.ts';

type Issue = z.core.$ZodIssue & { input?: unknown };

/** Messages of ours that state the expectation ("应为…") are shown as "(期望 …)". */
function splitExpectation(message: string): { message?: string; expected?: string } {
  const match = /^(?:格式)?应为(.+)$/.exec(message);
  return match?.[1] ? { expected: match[1].trim() } : { message };
}

/** Any value as short text: zod reports whatever the YAML held (lists, maps, binary, invalid dates). */
export function showValue(value: unknown): string {
  let text: string;
  if (value instanceof Date) text = Number.isNaN(value.getTime()) ? String(value) : value.toISOString().slice(0, 10);
  else if (ArrayBuffer.isView(value)) text = `二进制数据（${value.byteLength} 字节）`;
  else if (typeof value === 'string') text = value;
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** Whether the entry holds a key at `path` at all (a missing field and a wrong value read alike in zod 4). */
function isPresent(data: unknown, path: readonly PropertyKey[]): boolean {
  let node = data;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, key)) return false;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return true;
}

export function issueToProblems(entry: SourceEntry, schema: JsonSchema, issue: Issue): Problem[] {
  const base = { file: entry.file };
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const path = [...issue.path, key];
      // '"": 值' (or a name of spaces only) has no name to show.
      if (key.trim() === '') return { ...base, line: lineOf(entry, path), field: '（空字段名）', message: '字段名是空的', expected: '在冒号前写上字段名，或删除这一行' };
      return {
        ...base,
        line: lineOf(entry, path),
        // Inside a group or a list, the path to it too: "设定依据[1].lwa（basis[0].lwa）".
        field: issue.path.length ? describePath(schema, path) : key,
        message: `未定义的字段“${key}”`,
        expected: '只使用本类内容定义的字段，请检查拼写',
      };
    });
  }
  const path = issue.path;
  const field = describePath(schema, path);
  const line = lineOf(entry, path);
  // zod 4 reports a missing enumeration as invalid_value with no input: look at the data itself.
  const missing = issue.input === null || (issue.input === undefined && issue.code !== 'custom' && !isPresent(entry.data, path));
  if (missing) {
    const { expected } = splitExpectation(issue.message);
    // A key written with no value ("name:") is a field left blank, as in a fresh scaffold.
    const message = issue.input === null ? '未填写' : '缺少必填字段';
    return [{ ...base, line, field, message, expected: expected ?? expectedType(issue) }];
  }
  const split = splitExpectation(issue.message);
  if (split.expected) {
    return [{ ...base, line, field, message: `值“${showValue(issue.input)}”不符合要求`, expected: split.expected }];
  }
  return [{ ...base, line, field, message: issue.message }];
}

function expectedType(issue: Issue): string | undefined {
  return issue.code === 'invalid_type' ? ({ string: '文本', number: '数字', boolean: 'true 或 false', array: '列表', object: '字段组' } as Record<string, string>)[issue.expected] : undefined;
}

/** More missing top-level fields than this read as an entry not yet written, reported in one line. */
const MISSING_FIELDS_IN_ONE_LINE = 3;

/**
 * The problems of one entry. An entry missing most of its fields (only a title, a file started by
 * hand) gets one line listing them instead of a screenful, and a pointer to `npm run new`.
 */
export function entryIssuesToProblems(entry: SourceEntry, schema: JsonSchema, issues: readonly Issue[], kind: { name: string; single: boolean }): Problem[] {
  const problems: Problem[] = [];
  const missing: string[] = [];
  for (const issue of issues) {
    const found = issueToProblems(entry, schema, issue);
    if (issue.path.length === 1 && found.length === 1 && found[0]?.message === '缺少必填字段') missing.push(found[0].field ?? String(issue.path[0]));
    else problems.push(...found);
  }
  if (missing.length > MISSING_FIELDS_IN_ONE_LINE) {
    problems.push({
      file: entry.file,
      line: lineOf(entry, []),
      message: `缺少 ${missing.length} 个必填字段：${missing.join('、')}`,
      // npm run new makes entries of folder kinds; the single files are described in their schema.
      expected: kind.single ? `填写各字段（字段的中文名和说明见 src/schemas/${kind.name}.ts）` : `按 npm run new -- ${kind.name} 生成的文件填写各字段`,
    });
  } else {
    for (const issue of issues) {
      if (issue.path.length !== 1) continue;
      const found = issueToProblems(entry, schema, issue);
      if (found.length === 1 && found[0]?.message === '缺少必填字段') problems.push(...found);
    }
  }
  return problems;
}
