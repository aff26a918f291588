// GONGKAI_EDITOR=separate: the public build leaves the browser editor (/admin/) out, for an office
// that serves it only on an intranet host (built there by `npm run build:editor`). Unset, or
// "public", keeps /admin/ in the site under its strict policy (src/lib/editor-csp.ts). The sitemap
// never lists /admin/ either way (astro.config.mjs).
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export type EditorPlacement = 'public' | 'separate';

export function editorPlacement(value: string | undefined): EditorPlacement {
  if (!value || value === 'public') return 'public';
  if (value === 'separate') return 'separate';
  throw new Error(`GONGKAI_EDITOR 应为 public（默认，编辑器在 /admin/）或 separate（公开站点不含编辑器，另用 npm run build:editor 构建），而不是“${value}”`);
}

/** Remove the editor from a finished build in `dir` when it is to be served elsewhere. */
export async function placeEditor(dir: string, placement: EditorPlacement): Promise<boolean> {
  if (placement !== 'separate') return false;
  await rm(`${dir.replace(/\/+$/, '')}/admin`, { recursive: true, force: true });
  return true;
}

export default function editorOutput(): AstroIntegration {
  const placement = editorPlacement(process.env.GONGKAI_EDITOR);
  return {
    name: 'gongkai-editor-output',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (await placeEditor(fileURLToPath(dir), placement)) logger.info('GONGKAI_EDITOR=separate：公开站点不含 /admin/（编辑器用 npm run build:editor 另行构建）');
      },
    },
  };
}
