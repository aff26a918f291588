// npm run build:editor [folder]: the browser editor alone, into dist-editor/ (or the folder given,
// or GONGKAI_EDITOR_OUT_DIR), for an intranet host that staff reach and the public does not. Pair
// it with GONGKAI_EDITOR=separate on the public build, which then leaves /admin/ out. Needs no
// Astro build: site.yaml is read and checked here, the files are those the site's /admin/ serves
// (src/pages/admin/_editor-files.ts), and the folder is replaced only when all were written.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { editorFiles } from '../src/pages/admin/_editor-files.ts';
import { readSource } from '../src/lib/content-check/source.ts';
import { entryIssuesToProblems } from '../src/lib/content-check/zod-issues.ts';
import { jsonSchemaOf } from '../src/lib/content-check/schema-walk.ts';
import { formatProblem, type Problem } from '../src/lib/content-check/problem.ts';
import { siteSchema } from '../src/schemas/site.ts';
import { makeNextDir, replaceDir, restoreInterrupted } from './build/replace-dir.ts';

/** Build the editor from `root`'s content/site.yaml (or `siteFile`) into `target`; problems instead of files when it is wrong. */
export async function buildEditor(root: string, target: string, siteFile = join(root, 'content/site.yaml')): Promise<{ problems: Problem[]; files: number }> {
  const { entry, problems } = await readSource(root, siteFile, 'site', 'main', 'yaml');
  if (!entry) return { problems, files: 0 };
  const parsed = siteSchema.safeParse(entry.data);
  if (!parsed.success) return { problems: entryIssuesToProblems(entry, jsonSchemaOf(siteSchema), parsed.error.issues, { name: 'site', single: true }), files: 0 };
  const files = await editorFiles(parsed.data);
  await restoreInterrupted(target);
  await mkdir(dirname(target), { recursive: true });
  const next = await makeNextDir(target);
  try {
    for (const file of files) {
      const path = join(next, file.path);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, file.body);
    }
    const aside = await replaceDir(next, target);
    if (aside) await rm(aside, { recursive: true, force: true });
  } catch (error) {
    await rm(next, { recursive: true, force: true });
    throw error;
  }
  return { problems: [], files: files.length };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = process.cwd();
  const target = resolve(root, process.argv[2] || process.env.GONGKAI_EDITOR_OUT_DIR || 'dist-editor');
  const inside = relative(root, target);
  const shown = inside && !inside.startsWith('..') ? inside : target;
  const { problems, files } = await buildEditor(root, target);
  if (problems.length > 0) {
    for (const problem of problems) console.error(formatProblem(problem));
    console.error(`\n编辑器构建失败：content/site.yaml 有 ${problems.length} 处问题，${shown}/ 保持不变。`);
    process.exit(1);
  }
  console.log(`已生成编辑器（${files} 个文件）到 ${shown}/`);
}
