import { describe, expect, it } from 'vitest';
import { parseChildren, parseVmRss, run, RunError } from './measure.ts';

describe('reading /proc', () => {
  it('takes resident memory from a status file, in bytes', () => {
    const status = 'Name:\tnode\nVmPeak:\t 2048000 kB\nVmSize:\t 1990000 kB\nVmHWM:\t  512000 kB\nVmRSS:\t  409600 kB\nRssAnon:\t  300000 kB\n';
    expect(parseVmRss(status)).toBe(409600 * 1024);
  });

  it('counts a process without resident memory (a zombie) as 0', () => {
    expect(parseVmRss('Name:\tnode\nState:\tZ (zombie)\n')).toBe(0);
  });

  it('lists child process ids', () => {
    expect(parseChildren('4242 4243 \n')).toEqual([4242, 4243]);
    expect(parseChildren('')).toEqual([]);
  });
});

describe('running a command', () => {
  it('returns its output', async () => {
    const result = await run(process.execPath, ['-e', 'console.log("建好了")'], process.cwd(), {});
    expect(result.output).toBe('建好了\n');
  });

  it('rejects with the exit code and the output when it fails', async () => {
    const failed = await run(process.execPath, ['-e', 'console.error("内容检查未通过"); process.exit(3)'], process.cwd(), {}).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(RunError);
    expect([(failed as RunError).code, (failed as RunError).output]).toEqual([3, '内容检查未通过\n']);
  });
});
