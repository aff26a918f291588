// The content check must never stop with a stack trace: a rule that throws on some value nobody
// foresaw becomes one problem naming the file and the rule, and every other rule still runs.
import type { Problem } from './problem.ts';

function crashProblem(file: string, rule: string, error: unknown): Problem {
  const reason = (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).split('\n')[0];
  return { file, message: `检查“${rule}”时程序出错（${reason}）`, expected: '按本行的文件检查其内容；若内容无误，请把本行报告给网站维护人员' };
}

export function guard(file: string, rule: string, run: () => Problem[]): Problem[] {
  try {
    return run();
  } catch (error) {
    return [crashProblem(file, rule, error)];
  }
}

export async function guardAsync<T extends Problem[] | { problems: Problem[] }>(file: string, rule: string, run: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const problem = crashProblem(file, rule, error);
    return (Array.isArray(fallback) ? [problem] : { ...fallback, problems: [problem] }) as T;
  }
}

/** guardAsync for a rule that runs at once. */
export function guardSync<T extends { problems: Problem[] }>(file: string, rule: string, run: () => T, fallback: T): T {
  try {
    return run();
  } catch (error) {
    return { ...fallback, problems: [crashProblem(file, rule, error)] };
  }
}
