// One Content-Security-Policy for every page, worked out once per build. Stylesheets and processed
// scripts are always files of this site (astro.config.mjs: build.inlineStylesheets 'never', no
// script inlined by Vite), so 'self' covers them. The few scripts a page must run without fetching
// anything are inlined from here, and the policy allows exactly those by their hashes. Pagefind
// compiles WebAssembly and may start a worker, which is all it needs beyond 'self'.
import { createHash } from 'node:crypto';
import page from './page-script.ts?inline-script';
import notFound from '../pages/_not-found.ts?inline-script';
import searchEarly from '../scripts/search-early.ts?inline-script';
import searchWarmup from '../scripts/search-warmup.ts?inline-script';

/** The scripts pages carry inline, each already bundled and minified (see inline-script.d.ts). */
export const inlineScripts = { page, notFound, searchEarly, searchWarmup } as const;

const hash = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;

export const pagePolicy = [
  "default-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${Object.values(inlineScripts).map(hash).join(' ')}`,
  "style-src 'self'",
].join('; ');
