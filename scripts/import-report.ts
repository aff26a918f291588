// npm run import -- <file.txt|file.docx> [--force] [--out <folder>] [--code <code>]
//
// Turns an annual report as staff hold it into content/reports/<code>.md: title, 文号, 发布机构,
// dates and year detected, numbered headings as Markdown levels, indentation and stray spaces
// cleaned, tables kept (from .docx, read by mammoth). It prints what it could not detect, and
// never overwrites an existing entry unless --force is given. Review the diff, then `npm run check`.
import { copyFile, mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { basename, extname, join, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import mammoth from 'mammoth';
import { blocksFromDocx, type DocxElement } from '../src/lib/reports/docx.ts';
import { blocksFromText, defaultCode, entryText, importReport, missingFields, nextIndexNo, type SourceBlock } from '../src/lib/reports/import.ts';
import { splitLines } from '../src/lib/reports/text.ts';
import { disclosureTablesFromGrids } from '../src/lib/import/disclosure-tables.ts';

const USAGE = '用法：npm run import -- <报告文件.txt 或 .docx> [--force] [--out <目录>] [--code <编码>]';

export interface ImportOptions {
  file: string;
  force: boolean;
  out?: string;
  code?: string;
}

export function parseArgs(argv: string[]): ImportOptions | string {
  const options: Partial<ImportOptions> & { force: boolean } = { force: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--force') options.force = true;
    else if (arg === '--out' || arg === '--code') {
      const value = argv[++i];
      if (!value) return `${arg} 后面需要一个值\n${USAGE}`;
      options[arg === '--out' ? 'out' : 'code'] = value;
    } else if (arg.startsWith('--')) return `不认识的选项 ${arg}\n${USAGE}`;
    else if (options.file) return `只能一次导入一个文件\n${USAGE}`;
    else options.file = arg;
  }
  if (!options.file) return USAGE;
  return options as ImportOptions;
}

/** Text files from Windows are often GB18030 (GBK); UTF-8 is tried first because it fails loudly. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'UTF-16' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'GB18030' };
  }
}

export async function readReport(path: string): Promise<{ blocks: SourceBlock[]; notes: string[] }> {
  const extension = extname(path).toLowerCase();
  if (extension === '.docx') {
    let document: DocxElement | undefined;
    const result = await mammoth.convertToHtml({ path }, { transformDocument: (element: DocxElement) => (document = element) });
    if (!document) throw new Error('无法读取 Word 文件的内容');
    const { blocks, numbered } = blocksFromDocx(document);
    const notes = result.messages.filter((m) => m.type === 'error').map((m) => `Word 文件读取提示：${m.message}`);
    if (numbered > 0) notes.push(`有 ${numbered} 个段落使用了 Word 自动编号，编号不在文字中，请核对这些段落的序号`);
    return { blocks, notes };
  }
  if (extension === '.txt') {
    const { text, encoding } = decodeText(await readFile(path));
    return { blocks: blocksFromText(splitLines(text)), notes: encoding === 'UTF-8' ? [] : [`文件编码为 ${encoding}，已转换为 UTF-8`] };
  }
  throw new Error(`只能导入 .txt 或 .docx 文件，收到的是“${basename(path)}”（.doc 请先在 Word 中另存为 .docx）`);
}

const exists = (path: string) => stat(path).then(() => true, () => false);

/** Every 索引号 already given, from the text of every content file. */
async function existingIndexNos(contentDir: string): Promise<string[]> {
  const found: string[] = [];
  const visit = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await visit(path);
      else if (/\.(ya?ml|mdx?)$/.test(entry.name)) {
        for (const match of (await readFile(path, 'utf8')).matchAll(/^indexNo:\s*["']?([^"'\s]+)/gm)) found.push(match[1] as string);
      }
    }
  };
  await visit(contentDir);
  return found;
}

/** Reports in the folder of the same kind and year as the one imported (other than its own file). */
async function sameKindAndYear(dir: string, kind: string, year: number, own: string): Promise<string[]> {
  const found: string[] = [];
  for (const name of (await readdir(dir).catch(() => [] as string[])).sort()) {
    if (!name.endsWith('.md') || name === own) continue;
    const head = (await readFile(join(dir, name), 'utf8')).split(/^---$/m)[1] ?? '';
    let data: { kind?: unknown; year?: unknown } | undefined;
    try {
      data = parseYaml(head) as typeof data;
    } catch {
      continue; // a broken file is the content check's to report
    }
    if (data?.kind === kind && Number(data?.year) === year) found.push(name);
  }
  return found;
}

export interface RunResult {
  code: number;
  output: string[];
}

/** The whole command, with the project root and the output folder as parameters, for the tests. */
export async function run(argv: string[], root = process.cwd()): Promise<RunResult> {
  // One command for both: spreadsheets are lists, Word and text files are reports.
  if (argv.some((arg) => /\.xlsx$/i.test(arg))) return (await import('./import-sheet.ts')).run(argv, root);
  const output: string[] = [];
  const options = parseArgs(argv);
  if (typeof options === 'string') return { code: 2, output: [options] };
  const source = resolve(root, options.file);
  if (!(await exists(source))) return { code: 1, output: [`找不到文件：${options.file}`] };

  let read: Awaited<ReturnType<typeof readReport>>;
  try {
    read = await readReport(source);
  } catch (error) {
    return { code: 1, output: [(error as Error).message] };
  }
  let report = importReport(read.blocks);
  // A 政府信息公开工作年度报告's statistics tables become the structured block the balance checks read,
  // and leave the body (the report page draws them from that block). Unbalanced ones are refused.
  let disclosureTables: unknown;
  const grids = read.blocks.filter((block): block is Extract<SourceBlock, { type: 'table' }> => block.type === 'table' && block.grid !== undefined);
  if (report.meta.kind === '政府信息公开工作年度报告' && grids.length > 0) {
    const statistics = disclosureTablesFromGrids(grids.map((block) => block.grid!));
    if (statistics.problems.length > 0) {
      return { code: 1, output: [`${relative(root, source)} 的统计表有 ${statistics.problems.length} 处问题，未写入任何文件：`, ...statistics.problems.map((problem) => `  ${problem}`), '请在 Word 中改正后重新导入。'] };
    }
    disclosureTables = statistics.tables;
    const used = new Set(statistics.used.map((index) => grids[index]));
    report = importReport(read.blocks.filter((block) => !used.has(block as Extract<SourceBlock, { type: 'table' }>)));
    report.notes.push(...statistics.notes);
  }
  const code = options.code ?? defaultCode(report.meta) ?? basename(source, extname(source)).replace(/[^A-Za-z0-9._-]/g, '-').replace(/^[^A-Za-z0-9]+/, '');
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(code)) return { code: 2, output: [`无法从文件名得到编码，请用 --code 指定，如 --code fzzf-2025`] };

  const outDir = resolve(root, options.out ?? 'content/reports');
  const target = join(outDir, `${code}.md`);
  const isDocx = extname(source).toLowerCase() === '.docx';
  const originalFile = isDocx ? `files/${code}.docx` : undefined;
  for (const path of [target, ...(originalFile ? [join(outDir, originalFile)] : [])]) {
    if (!options.force && (await exists(path))) {
      return { code: 1, output: [`${relative(root, path)} 已存在，未做任何改动。确认要用导入结果覆盖它，请加 --force`] };
    }
  }

  // The next free 索引号 under the office's code, when the publishing year is known.
  let indexNo: string | undefined;
  const site = await readFile(join(root, 'content/site.yaml'), 'utf8').then((text) => parseYaml(text) as { creditCode?: string }, () => undefined);
  if (site?.creditCode && report.meta.publishDate) {
    indexNo = nextIndexNo(await existingIndexNos(join(root, 'content')), site.creditCode, Number(report.meta.publishDate.slice(0, 4)));
  }

  const sameYear = report.meta.kind && report.meta.year ? await sameKindAndYear(outDir, report.meta.kind, report.meta.year, `${code}.md`) : [];

  await mkdir(outDir, { recursive: true });
  if (originalFile) {
    await mkdir(join(outDir, 'files'), { recursive: true });
    await copyFile(source, join(outDir, originalFile));
  }
  const text = entryText(report, { code, ...(disclosureTables ? { disclosureTables } : {}), ...(indexNo ? { indexNo } : {}), ...(originalFile ? { original: { title: `${report.meta.title ?? code}（Word 原件）`, file: originalFile } } : {}) });
  await writeFile(target, text);

  const m = report.meta;
  output.push(`已导入 ${relative(root, source)} → ${relative(root, target)}`);
  if (originalFile) output.push(`原件已复制到 ${relative(root, join(outDir, originalFile))}，报告页面提供下载`);
  output.push('识别结果：');
  const shown: [string, string | number | undefined][] = [
    ['标题', m.title], ['报告类别', m.kind], ['报告年度', m.year], ['文号', m.docNo], ['发布机构', m.issuer],
    ['成文日期', m.writtenDate], ['发布日期', m.publishDate], ['索引号', indexNo],
  ];
  for (const [name, value] of shown) if (value !== undefined) output.push(`  ${name}：${value}`);
  const missing = missingFields(m).filter((field) => !field.startsWith('文号'));
  if (!indexNo) missing.push('索引号（indexNo）');
  if (missing.length > 0) output.push(`未能识别，请在文件头中填写：${missing.join('、')}`);
  if (!m.docNo) output.push('未发现文号；报告没有文号时可不填');
  for (const other of sameYear) output.push(`注意：${relative(root, join(outDir, other))} 也是 ${report.meta.year} 年度的${report.meta.kind}；同一年度同类报告只应有一份，请核对后删除其中一份`);
  for (const note of [...read.notes, ...report.notes]) output.push(`提示：${note}`);
  output.push('请核对导入结果（git diff），再运行 npm run check。');
  return { code: 0, output };
}

if (import.meta.main) {
  const result = await run(process.argv.slice(2));
  (result.code === 0 ? console.log : console.error)(result.output.join('\n'));
  process.exitCode = result.code;
}
