// Every page but the editor carries the site's one Content-Security-Policy (src/layouts/page-policy.ts),
// the same text on every page, and runs nothing it does not allow: no inline style (the site's
// styles are files), no style attribute, and no inline script whose hash the policy lacks. The
// browser tests that load pages (nginx.test.ts, search tests) check that the policy does not block
// what the pages need; this one checks the built files, all of them.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { DIST } from './support.ts';
import { htmlPages } from './dist-files.ts';

const pages = htmlPages().filter((file) => !file.startsWith('admin/'));
const policyOf = (html: string) => [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)">/gi)].map((match) => match[1]!);
const directive = (policy: string, name: string) => policy.split(';').map((part) => part.trim().split(/\s+/)).find(([first]) => first === name)?.slice(1) ?? [];

it('gives every page the one same policy, which allows scripts only from the site and by hash, and styles only from the site', () => {
  expect(pages.length).toBeGreaterThan(10);
  const policies = new Map<string, string[]>();
  for (const page of pages) {
    const found = policyOf(readFileSync(join(DIST, page), 'utf8'));
    expect(found, page).toHaveLength(1);
    policies.set(found[0]!, [...(policies.get(found[0]!) ?? []), page]);
  }
  expect([...policies.keys()]).toHaveLength(1);
  const [policy] = policies.keys();
  expect(directive(policy!, 'script-src').filter((source) => !source.startsWith("'sha256-"))).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  expect(directive(policy!, 'style-src')).toEqual(["'self'"]);
  expect(directive(policy!, 'object-src')).toEqual(["'none'"]);
  // A policy tag of 3 KB on every page is what this replaced: it stays small.
  expect(policy!.length).toBeLessThan(1024);
});

it('has no inline style, no style attribute and no inline script the policy does not list', () => {
  const problems: string[] = [];
  for (const page of pages) {
    const html = readFileSync(join(DIST, page), 'utf8');
    const allowed = new Set(directive(policyOf(html)[0] ?? '', 'script-src'));
    if (/<style[\s>]/i.test(html)) problems.push(`${page}：有内联 <style>`);
    if (/<[a-z][^>]*\sstyle=/i.test(html)) problems.push(`${page}：有 style 属性`);
    for (const [, attributes, code] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      if (/\bsrc=/.test(attributes!) || /type="application\/(ld\+)?json"/.test(attributes!)) continue;
      const hash = `'sha256-${createHash('sha256').update(code!).digest('base64')}'`;
      if (!allowed.has(hash)) problems.push(`${page}：内联脚本 ${hash} 不在策略中`);
    }
  }
  expect(problems).toEqual([]);
});
