// npm run import -- <清单.xlsx> [--root <project>]
//
// Imports the lists offices keep in spreadsheets (权力清单, 责任清单, 执法人员, 执法事项, 抽查事项,
// 抽查计划与结果, 行政处罚决定, 行政许可决定 … every list kept as YAML) into content/, one file per
// entry. Every sheet is checked first; if anything is wrong the problems are listed by sheet, row
// and column and nothing is written. Re-importing an updated sheet updates the entries it names
// and says what changed. The sheets /data/<list>.xlsx offers are the template. Lists kept as
// Markdown (服务指南, 政策文件, 年度报告 …) are imported too: their front matter from the columns,
// their text from a 正文 column where the sheet has one (else the text in content/ is kept).
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { listKeys, listKind } from '../src/kinds/index.ts';
import { jsonSchemaOf } from '../src/lib/content-check/schema-walk.ts';
import { formatProblem, sortProblems } from '../src/lib/content-check/problem.ts';
import { BODY_KEY, tableModelOf } from '../src/lib/export/table.ts';
import { planImport, type Data, type ImportKind } from '../src/lib/import/plan.ts';
import { readWorkbook } from '../src/lib/import/workbook.ts';
import { joinMarkdown, newYaml, splitMarkdown, updatedYaml } from '../src/lib/import/yaml-file.ts';

export type FileKind = ImportKind & { folder: string; order: string[]; format: 'yaml' | 'markdown' };

/** Every list kind, as the importer sees it: the kind records' list, nothing left out. */
export function importKinds(): FileKind[] {
  return listKeys.map((key) => {
    const record = listKind(key);
    const json = jsonSchemaOf(record.schema);
    const dataset = 'name' in record.dataset ? [record.dataset.name] : [];
    return {
      key,
      names: [record.column.name, record.label, key, ...dataset],
      schema: record.schema,
      model: tableModelOf(json, String(record.idField), { body: record.format === 'markdown' }),
      folder: record.folder,
      order: Object.keys(json.properties ?? {}),
      format: record.format,
    };
  });
}

export interface EntryFile {
  /** The entry as the importer compares it: a Markdown entry's body (trimmed) under BODY_KEY. */
  data: Data;
  text: string;
  /** File name as found (an entry kept as .yml stays .yml). */
  name: string;
}

/** A Markdown file as data; its body, without the blank lines around it, under BODY_KEY. */
export function markdownData(text: string): Data | undefined {
  const parts = splitMarkdown(text);
  if (!parts) return undefined;
  const front = (parseYaml(parts.front) ?? {}) as Data;
  const body = parts.body.trim();
  return body ? { ...front, [BODY_KEY]: body } : front;
}

export async function readEntries(dir: string, format: FileKind['format']): Promise<Map<string, EntryFile>> {
  const entries = new Map<string, EntryFile>();
  const pattern = format === 'markdown' ? /\.md$/ : /\.ya?ml$/;
  for (const name of (await readdir(dir).catch(() => [] as string[])).sort()) {
    if (!pattern.test(name)) continue;
    const text = await readFile(join(dir, name), 'utf8');
    const data = format === 'markdown' ? markdownData(text) : (parseYaml(text) as Data);
    // A Markdown file without front matter is the content check's to report; here it is a new entry.
    if (data) entries.set(name.replace(pattern, ''), { data, text, name });
  }
  return entries;
}

/** The file an imported entry is written as: an existing one edited in place, a new one laid out afresh. */
export function entryText(kind: FileKind, after: Data, old?: EntryFile): string {
  if (kind.format === 'yaml') return old ? updatedYaml(old.text, after) : newYaml(after, kind.order);
  const { [BODY_KEY]: body, ...front } = after;
  const parts = old && splitMarkdown(old.text);
  if (!parts) return joinMarkdown(newYaml(front, kind.order), typeof body === 'string' ? body : '');
  const frontText = updatedYaml(parts.front, front);
  // An unchanged body is kept byte for byte; a changed one is written as the sheet gives it.
  const sameBody = parts.body.trim() === (typeof body === 'string' ? body : '');
  return sameBody ? `---\n${frontText}---\n${parts.body}` : joinMarkdown(frontText, typeof body === 'string' ? body : '');
}

export async function run(argv: string[], root = process.cwd()): Promise<{ code: number; output: string[] }> {
  const file = argv.find((arg) => !arg.startsWith('--'));
  if (!file) return { code: 2, output: ['用法：npm run import -- <清单.xlsx>'] };
  const source = resolve(root, file);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(source);
  } catch {
    return { code: 1, output: [`找不到文件：${file}`] };
  }
  let sheets;
  try {
    sheets = await readWorkbook(bytes);
  } catch (error) {
    return { code: 1, output: [`${basename(source)}：不是可读取的 .xlsx 文件（${(error as Error).message}）。.xls 请先另存为 .xlsx`] };
  }
  const kinds = importKinds();
  const files = new Map<string, Map<string, EntryFile>>();
  for (const kind of kinds) files.set(kind.key, await readEntries(join(root, 'content', kind.folder), kind.format));
  const existing = (key: string) => new Map([...(files.get(key) ?? new Map<string, EntryFile>())].map(([id, entry]) => [id, entry.data]));
  const plan = planImport(basename(source), sheets, kinds, existing);
  const output: string[] = [];
  if (plan.problems.length > 0) {
    output.push(`发现 ${plan.problems.length} 处问题，未写入任何文件：`);
    for (const problem of sortProblems(plan.problems)) output.push(formatProblem(problem));
    return { code: 1, output };
  }
  const counts = { 新增: 0, 修改: 0, 未变: 0 };
  for (const entry of plan.entries) {
    const kind = kinds.find((k) => k.key === entry.kind)!;
    const dir = join(root, 'content', kind.folder);
    const old = files.get(entry.kind)?.get(entry.id);
    const path = join(dir, old?.name ?? `${entry.id}.${kind.format === 'markdown' ? 'md' : 'yaml'}`);
    counts[entry.status] += 1;
    if (entry.status === '未变') continue;
    await mkdir(dir, { recursive: true });
    await writeFile(path, entryText(kind, entry.after, old));
    output.push(`${entry.status}：${relative(root, path)}${entry.changed.length ? `（${entry.changed.join('、')}）` : ''}`);
  }
  output.push(`共 ${plan.entries.length} 条：新增 ${counts.新增}，修改 ${counts.修改}，未变 ${counts.未变}`);
  for (const note of plan.notes) output.push(`提示：${note}`);
  output.push('请核对改动（git diff），再运行 npm run check。');
  return { code: 0, output };
}

if (import.meta.main) {
  const result = await run(process.argv.slice(2));
  (result.code === 0 ? console.log : console.error)(result.output.join('\n'));
  process.exitCode = result.code;
}
