// The baseline of npm run bench: a throwaway Astro + Pagefind site written into a temporary folder,
// reading the same entry files as the full build. It has one content collection (every YAML and
// Markdown file under content/, no schema), one plain page per entry, and Pagefind's Node API run
// in astro:build:done as the project's own integration runs it, but none of the project's
// integrations, layouts, checks or list pages. Nothing of it is kept. Like the project's index step,
// it waits for Pagefind's process to exit, so that its CPU time is counted.
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

const CONFIG = `import { defineConfig } from 'astro/config';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

// Caches stay in this folder: node_modules is the project's, linked.
export default defineConfig({
  outDir: './dist',
  cacheDir: './.cache',
  vite: { cacheDir: fileURLToPath(new URL('./.vite/', import.meta.url)) },
  build: { format: 'directory' },
  integrations: [
    {
      name: 'minimal-pagefind',
      hooks: {
        'astro:build:done': async ({ dir, logger }) => {
          const started = performance.now();
          const outDir = fileURLToPath(dir);
          const children = [];
          const track = ({ process }) => children.push(process);
          subscribe('child_process', track);
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error('Pagefind: ' + errors.join('; '));
          try {
            const added = await index.addDirectory({ path: outDir });
            if (added.errors.length > 0) throw new Error('Pagefind: ' + added.errors.join('; '));
            const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
            if (written.errors.length > 0) throw new Error('Pagefind: ' + written.errors.join('; '));
            logger.info(\`已建立检索索引：\${added.page_count} 个页面，用时 \${((performance.now() - started) / 1000).toFixed(1)} 秒\`);
          } finally {
            await pagefind.close();
            unsubscribe('child_process', track);
            const running = children.filter((child) => child.exitCode === null && child.signalCode === null);
            for (const child of running) child.ref();
            await Promise.all(running.map((child) => new Promise((done) => child.once('exit', done))));
          }
        },
      },
    },
  ],
});
`;

const collections = (contentDir: string) => `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  entries: defineCollection({ loader: glob({ pattern: ['**/*.{yaml,md}', '!**/files/**'], base: ${JSON.stringify(contentDir)} }) }),
};
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const entries = await getCollection('entries');
  return entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const data = entry.data as Record<string, unknown>;
const title = String(data.name ?? data.title ?? data.documentName ?? data.decisionNo ?? entry.id);
const text = (value: unknown): string =>
  Array.isArray(value) ? value.map(text).join('；')
  : value instanceof Date ? value.toISOString().slice(0, 10)
  : value && typeof value === 'object' ? Object.entries(value).map(([key, inner]) => key + '：' + text(inner)).join('，')
  : String(value);
const Content = entry.rendered ? (await render(entry)).Content : undefined;
---
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{title}</title>
  </head>
  <body>
    <main>
      <h1>{title}</h1>
      <dl>
        {Object.entries(data).map(([key, value]) => (<><dt>{key}</dt><dd>{text(value)}</dd></>))}
      </dl>
      {Content && <Content />}
    </main>
  </body>
</html>
`;

/** Writes the minimal site into `dir`, reading entries from `contentDir`, with `nodeModules` linked in. */
export async function writeMinimalSite(dir: string, contentDir: string, nodeModules: string): Promise<void> {
  await mkdir(join(dir, 'src/pages'), { recursive: true });
  await writeFile(join(dir, 'package.json'), `${JSON.stringify({ name: 'gongkai-bench-minimal', private: true, type: 'module' }, null, 2)}\n`);
  await writeFile(join(dir, 'astro.config.mjs'), CONFIG);
  await writeFile(join(dir, 'src/content.config.ts'), collections(relative(dir, contentDir)));
  await writeFile(join(dir, 'src/pages/[...id].astro'), PAGE);
  await symlink(nodeModules, join(dir, 'node_modules'), 'dir');
}
