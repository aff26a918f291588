// Every built page passes the W3C Nu HTML Checker (vnu.jar, run on the machine's Java).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { expect, it } from 'vitest';
import { DIST } from './support.ts';

const vnuJar: string = createRequire(import.meta.url)('vnu-jar');

it('has no HTML errors in any page', () => {
  const result = spawnSync('java', ['-Xss4m', '-jar', vnuJar, '--errors-only', '--format', 'json', '--skip-non-html', DIST], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw new Error(`无法运行 Java：${result.error.message}（apt-get install default-jre-headless）`);
  const { messages } = JSON.parse(result.stderr || result.stdout || '{"messages":[]}') as { messages: { url: string; lastLine?: number; message: string }[] };
  const errors = messages.map((m) => `${m.url.replace(`file:${DIST}`, '')}:${m.lastLine ?? ''} ${m.message}`);
  expect(errors).toEqual([]);
});
