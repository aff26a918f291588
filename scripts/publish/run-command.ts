// Running the real tools (rclone, rsync, ssh, tar, a purge command) with their output passed on,
// and the last lines kept for the error message when they fail.
import { spawn } from 'node:child_process';

export class PublishError extends Error {}

export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCommand(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; input?: string; cwd?: string; quiet?: boolean } = {}): Promise<CommandResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: options.env ?? process.env, cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr.push(chunk);
      if (!options.quiet) process.stderr.write(chunk);
    });
    child.stdin.on('error', () => {});
    child.stdin.end(options.input ?? '');
    child.on('error', (error) => resolve({ code: null, stdout: '', stderr: error.message }));
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }));
  });
}

/** The last few lines a tool printed, for a message that says why it failed. */
export function tail(text: string, lines = 3): string {
  return text.trim().split('\n').slice(-lines).join(' / ');
}
