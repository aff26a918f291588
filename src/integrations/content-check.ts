// Runs the content check before Astro touches the content. A build with any problem stops
// here, before a single page is written, with every problem listed in Chinese. Astro's own
// reference() only logs the first dangling reference; this is why the project checks itself.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkedContent } from './checked-content.ts';
import { formatProblem } from '../lib/content-check/problem.ts';

export class ContentCheckError extends Error {
  override name = 'ContentCheckError';
}

export default function contentCheck(): AstroIntegration {
  return {
    name: 'gongkai:content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        // Fresh each time the config is set up, so a restarted preview sees edited files.
        const { problems: all } = await checkedContent(fileURLToPath(config.root), true);
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
