// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import contentCheck from './src/integrations/content-check.ts';
import pagefindIndex from './src/integrations/pagefind.ts';

// The canonical address comes from the office's own settings, not from code.
const { siteUrl } = parseYaml(readFileSync(new URL('./content/site.yaml', import.meta.url), 'utf8')) ?? {};

// GONGKAI_OUT_DIR builds somewhere other than dist/ (a deploy pipeline, or two builds side by side);
// the build cache follows it so that parallel builds never share one.
const outDir = process.env.GONGKAI_OUT_DIR;

export default defineConfig({
  site: siteUrl,
  ...(outDir ? { outDir, cacheDir: `${outDir.replace(/\/$/, '')}-cache` } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Astro 7's default Markdown processor ignores remark/rehype plugins; the unified one honours them.
  markdown: { processor: unified({ smartypants: false }) },
  integrations: [contentCheck(), mdx(), pagefindIndex()],
});
