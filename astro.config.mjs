// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import contentCheck from './src/integrations/content-check.ts';
import { rehypePlugins } from './src/markdown/plugins.ts';
import attachments from './src/integrations/attachments.ts';
import editorOutput from './scripts/build/editor-output.ts';

// The canonical address comes from the office's own settings, not from code.
const { siteUrl } = parseYaml(readFileSync(new URL('./content/site.yaml', import.meta.url), 'utf8')) ?? {};

// GONGKAI_OUT_DIR builds somewhere other than dist/ (a deploy pipeline, or two builds side by side);
// the build cache follows it so that parallel builds never share one. `npm run build`
// (scripts/build.ts) sets it to a fresh folder beside dist/ and puts that folder in place only when
// the whole build succeeded (a bare `astro build` still writes into dist/ in place).
const outDir = process.env.GONGKAI_OUT_DIR;

/**
 * `astro build` syncs the collections through a Vite dev server, whose dependency optimizer
 * pre-bundles the dev toolbar's browser code (for `astro dev` only) on every build. That bundling
 * keeps about 150 MB of Rolldown's native memory through page generation, the build's peak, for
 * nothing the built site uses; `astro dev` keeps its optimizer.
 * @returns {import('astro').AstroIntegration}
 */
function noDepOptimizerInBuild() {
  return {
    name: 'gongkai:no-dep-optimizer-in-build',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'gongkai:no-dep-optimizer-in-build',
                // After Astro's own hooks have added the toolbar's dependencies (lists are merged, so
                // they are emptied here rather than returned).
                configEnvironment: {
                  order: 'post',
                  handler(_name, options) {
                    options.optimizeDeps = { ...options.optimizeDeps, noDiscovery: true, include: [] };
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}

export default defineConfig({
  site: siteUrl,
  ...(outDir ? { outDir, cacheDir: `${outDir.replace(/\/$/, '')}-cache` } : {}),
  trailingSlash: 'always',
  // Every stylesheet and processed script is a file of this site, never inlined, so that one
  // Content-Security-Policy written by the layout (src/layouts/page-policy.ts) covers every page
  // with 'self' instead of Astro hashing each page's inline styles and scripts into its own policy.
  // The few scripts a page runs inline come from `?inline-script` imports, hashed in that policy.
  // Pages are written a few at a time, so that one page's rendering overlaps another's writing to disk.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  vite: {
    // One stylesheet for the whole site (about 6 KB compressed): each page loads one render-blocking
    // file, as before, and after the first page every page finds it in the cache.
    build: { cssCodeSplit: false, assetsInlineLimit: (file) => (/\.[cm]?js$/.test(file) ? false : undefined) },
    plugins: [
      {
        name: 'gongkai:inline-script',
        async load(id) {
          const [file, query] = id.split('?');
          if (query !== 'inline-script' || !file) return null;
          const { build } = await import('vite');
          const result = await build({
            configFile: false,
            logLevel: 'silent',
            build: { write: false, minify: true, target: 'es2022', modulePreload: false, rollupOptions: { input: file } },
          });
          const output = (Array.isArray(result) ? result[0] : result);
          const chunk = output && 'output' in output ? output.output.find((each) => each.type === 'chunk') : undefined;
          if (!chunk) throw new Error(`${file}：无法打包为内联脚本`);
          for (const module of chunk.moduleIds) this.addWatchFile(module);
          return `export default ${JSON.stringify(chunk.code.trim())};`;
        },
      },
    ],
  },
  // Astro 7's default Markdown processor ignores remark/rehype plugins; the unified one honours them.
  // No syntax highlighting: Shiki's inline styles would need 'unsafe-inline' under the CSP.
  markdown: { processor: unified({ smartypants: false, rehypePlugins }), syntaxHighlight: false },
  integrations: [contentCheck(), noDepOptimizerInBuild(), attachments(), mdx(), sitemap({ filter: (page) => !/\/(404|search|admin)\/$/.test(page) }), editorOutput()],
});
