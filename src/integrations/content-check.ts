// Runs the content check before Astro touches the content. A build with any problem stops
// here, before a single page is written, with every problem listed in Chinese. Astro's own
// reference() only logs the first dangling reference; this is why the project checks itself.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkedContent } from './checked-content.ts';
import { formatProblem } from '../lib/content-check/problem.ts';

/**
 * The build's refusal. It carries no stack: Astro prints a stack trace for any error that has one,
 * and here the lines are the whole message (file, line, field, problem, what is expected).
 */
export class ContentCheckError extends Error {
  override name = 'ContentCheckError';
  constructor(message: string) {
    super(message);
    this.stack = '';
  }
}

/** The content check's result, or, should the check itself fail, that failure as one problem line. */
async function problemsOf(root: string) {
  try {
    return (await checkedContent(root, true)).problems;
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return [{ file: 'content/', message: `内容检查程序出错，未能完成检查：${reason.split('\n')[0]}`, expected: '请把本行报告给网站维护人员' }];
  }
}

export default function contentCheck(): AstroIntegration {
  return {
    name: 'gongkai:content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        // Fresh each time the config is set up, so a restarted preview sees edited files.
        const all = await problemsOf(fileURLToPath(config.root));
        const warnings = all.filter((problem) => problem.severity === 'warning');
        const problems = all.filter((problem) => problem.severity !== 'warning');
        if (warnings.length > 0) logger.warn(`内容检查提醒 ${warnings.length} 条：\n${warnings.map(formatProblem).join('\n')}`);
        if (problems.length === 0) {
          logger.info('内容检查通过');
          return;
        }
        const report = problems.map(formatProblem).join('\n');
        if (command === 'build') {
          throw new ContentCheckError(`内容检查未通过，共 ${problems.length} 个问题，本次构建不发布任何页面：\n${report}`);
        }
        // While previewing, show the problems but keep the server running so staff can fix them.
        logger.warn(`内容检查发现 ${problems.length} 个问题：\n${report}`);
      },
    },
  };
}
