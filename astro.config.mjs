// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import contentCheck from './src/integrations/content-check.ts';
import { rehypePlugins } from './src/markdown/plugins.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import attachments from './src/integrations/attachments.ts';
import editorOutput from './scripts/build/editor-output.ts';

// The canonical address comes from the office's own settings, not from code.
const { siteUrl } = parseYaml(readFileSync(new URL('./content/site.yaml', import.meta.url), 'utf8')) ?? {};

// GONGKAI_OUT_DIR builds somewhere other than dist/ (a deploy pipeline, or two builds side by side);
// the build cache follows it so that parallel builds never share one. `npm run build`
// (scripts/build.ts) sets it to a fresh folder beside dist/ and puts that folder in place only when
// the whole build succeeded (a bare `astro build` still writes into dist/ in place).
const outDir = process.env.GONGKAI_OUT_DIR;

export default defineConfig({
  site: siteUrl,
  ...(outDir ? { outDir, cacheDir: `${outDir.replace(/\/$/, '')}-cache` } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Astro 7's default Markdown processor ignores remark/rehype plugins; the unified one honours them.
  // No syntax highlighting: Shiki's inline styles would need 'unsafe-inline' under the CSP.
  markdown: { processor: unified({ smartypants: false, rehypePlugins }), syntaxHighlight: false },
  // Hashes for every processed script and style; nothing inline is allowed. Pagefind compiles
  // WebAssembly and may start a worker, which is all it needs beyond 'self'.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  integrations: [contentCheck(), attachments(), mdx(), sitemap({ filter: (page) => !/\/(404|search|admin)\/$/.test(page) }), pagefindIndex(), editorOutput()],
});
