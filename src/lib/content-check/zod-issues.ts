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

function showValue(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

export function issueToProblems(entry: SourceEntry, schema: JsonSchema, issue: Issue): Problem[] {
  const base = { file: entry.file };
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const path = [...issue.path, key];
      return {
        ...base,
        line: lineOf(entry, path),
        field: key,
        message: `未定义的字段“${key}”`,
        expected: '只使用本类内容定义的字段，请检查拼写',
      };
    });
  }
  const path = issue.path;
  const field = describePath(schema, path);
  const line = lineOf(entry, path);
  const missing = issue.input === null || (issue.code === 'invalid_type' && issue.input === undefined);
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
