import { describe, expect, it } from 'vitest';
import { parseChildren, parseChildrenTimes, parseVmRss, run, RunError } from './measure.ts';

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

describe('reading bash times', () => {
  it('takes the children\'s user and system time from the second line, in milliseconds', () => {
    expect(parseChildrenTimes('0m0.002s 0m0.001s\n1m42.350s 0m7.020s\n')).toEqual({ userMs: 102350, systemMs: 7020 });
  });

  it('reads a decimal comma, as some locales print it', () => {
    expect(parseChildrenTimes('0m0,002s 0m0,001s\n0m1,500s 0m0,250s\n')).toEqual({ userMs: 1500, systemMs: 250 });
  });

  it('gives nothing for output it does not recognise', () => {
    expect(parseChildrenTimes('')).toBeUndefined();
    expect(parseChildrenTimes('0m0.002s 0m0.001s\n')).toBeUndefined();
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

  it('counts the CPU time of processes the command starts, and of theirs', async () => {
    // A grandchild burns 400 ms of its own CPU time (whatever the clock says), its parent waits.
    const burn = 'const s = process.cpuUsage(); while (true) { const u = process.cpuUsage(s); if (u.user + u.system > 400000) break; }';
    const child = `require('node:child_process').spawnSync(process.execPath, ['-e', ${JSON.stringify(burn)}], { stdio: 'inherit' })`;
    const result = await run(process.execPath, ['-e', child], process.cwd(), {});
    expect(result.cpuMs).toBeGreaterThanOrEqual(400);
  });
});
