// Performance budget: a service-guide page, search aside, is at most 30 KB compressed in total
// (HTML, CSS, images, fonts, scripts) and needs no JavaScript. Its only script is the 关怀版
// switch (with the print date of the print header), which must stay under 1 KB: remembering a
// reader's choice on a static site takes a few lines of script, and the page works fully without it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { DIST } from './support.ts';
import { fileFor, internalReferences } from './dist-files.ts';

const BUDGET_BYTES = 30 * 1024;

it.each(['services/RF-XK-001-01/index.html', 'services/RF-ZS-001-01/index.html'])('%s stays within 30 KB compressed, with no script', (page) => {
  const html = readFileSync(join(DIST, page));
  // Downloads (forms, samples) are fetched only when asked for; page resources are what loads.
  const resources = internalReferences(page).filter((r) => r.attribute === 'src' || /\.(css|js|svg|png|jpe?g|webp|woff2?)$/.test(r.url));
  const files = [...new Set(resources.map((r) => fileFor(r.url)).filter((f): f is string => Boolean(f)))];
  expect(files.filter((file) => file.endsWith('.js'))).toEqual([]);
  const scripts = [...html.toString('utf8').matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
  expect(scripts).toHaveLength(1);
  expect(scripts[0]).toContain('gongkai-care-mode');
  expect(Buffer.byteLength(scripts[0]!)).toBeLessThan(1024);
  const total = [html, ...files.map((file) => readFileSync(join(DIST, file)))].reduce((sum, bytes) => sum + gzipSync(bytes, { level: 6 }).length, 0);
  console.log(`${page}: ${(total / 1024).toFixed(1)} KB compressed`);
  expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
});
