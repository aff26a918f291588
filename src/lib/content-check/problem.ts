// One problem found in the content, and its one-line Chinese form:
//   文件:行 字段 — 问题 (期望 …)
import { showInvisible } from './invisible.ts';

export interface Problem {
  /** Path relative to the project root, with "/" separators. */
  file: string;
  line?: number;
  /** Chinese label path and the YAML key path, e.g. "设定依据[1].条款（basis[1].article）". */
  field?: string;
  message: string;
  expected?: string;
  /** A warning is reported but does not stop the build. */
  severity?: 'warning';
}

/** Invisible characters and line breaks in any part are shown as ⟨U+200B⟩: one line, nothing hidden. */
export function formatProblem(problem: Problem): string {
  const location = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const field = problem.field ? ` ${problem.field}` : '';
  const expected = problem.expected ? ` (期望 ${problem.expected})` : '';
  return showInvisible(`${location}${field} — ${problem.message}${expected}`);
}

/** Stable order: by file, then line, so reports diff cleanly between runs. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.message.localeCompare(b.message));
}
