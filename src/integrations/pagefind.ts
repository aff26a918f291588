// Builds the Pagefind index over the finished site, so that the built site searches by itself.
// Only pages marked data-pagefind-body (BaseLayout does it for pages given a searchKind) are
// indexed, and each is handed over prepared by prepareHtmlForIndex (one word per Chinese
// character, full-width letters and digits folded); the published HTML is not changed.
import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { prepareHtmlForIndex } from '../lib/search-index-text.ts';

/**
 * Never indexed, whatever page they are on: screen-reader-only labels repeat what is visible;
 * navigation inside a page is a way around, not content; the 信息公开目录 block (Catalogue) is the
 * same office name and labels on every page, and its codes and keywords are indexed as
 * metadata by BaseLayout instead.
 */
export const EXCLUDE_SELECTORS = ['.visually-hidden', 'nav', '.catalogue'];

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name));
}

/** /a/b/index.html → /a/b/ ; /404.html → /404.html */
function urlOf(outDir: string, file: string): string {
  const path = relative(outDir, file).split(sep).join('/');
  return `/${path.endsWith('index.html') ? path.slice(0, -'index.html'.length) : path}`;
}

/** Indexes the site in outDir and writes the bundle to outDir/pagefind. Returns the page count. */
export async function buildSearchIndex(outDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
  if (!index) throw new Error(`Pagefind 初始化失败：${errors.join('; ')}`);
  try {
    let pages = 0;
    for (const file of await htmlFiles(outDir)) {
      const html = await readFile(file, 'utf8');
      if (!html.includes('data-pagefind-body')) continue;
      const url = urlOf(outDir, file);
      const added = await index.addHTMLFile({ url, content: prepareHtmlForIndex(html) });
      if (added.errors.length > 0) throw new Error(`Pagefind 索引失败（${file}）：${added.errors.join('; ')}`);
      pages += 1;
    }
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind 写入失败：${written.errors.join('; ')}`);
    return pages;
  } finally {
    await pagefind.close();
  }
}

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'gongkai:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const pages = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`已建立检索索引：${pages} 个页面，用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒`);
      },
    },
  };
}
