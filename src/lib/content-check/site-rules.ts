// Rules of the 政府网站 inspections that can be judged from the content alone: content is
// not dated in the future, and no column of the site is empty. And two rules of the gate itself:
// no invisible characters in any value, and no file under content/ that nothing reads.
import { dirname, relative, resolve, sep } from 'node:path';
import { CONTENT_DIR, MARKDOWN_EXTENSIONS, YAML_EXTENSIONS } from '../content-files.ts';
import type { CheckKinds, EntriesByKind } from './kinds.ts';
import type { Problem } from './problem.ts';
import { collectMarked, describePath, jsonSchemaOf } from './schema-walk.ts';
import { lineOf } from './source.ts';
import type { Inventory } from './inventory.ts';
import { invisibleIn } from './invisible.ts';
import { toIsoDateText } from '../dates.ts';

/** 发布日期 and 更新日期 cannot be later than today: a page must not claim a date to come. */
export function checkDatesNotInFuture(entries: EntriesByKind, kinds: CheckKinds, today: string): Problem[] {
  const problems: Problem[] = [];
  for (const [name, kind] of Object.entries(kinds)) {
    const schema = jsonSchemaOf(kind.schema);
    for (const entry of entries[name] ?? []) {
      for (const key of ['publishDate', 'updateDate'] as const) {
        const value = toIsoDateText((entry.data as Record<string, unknown>)[key]);
        if (typeof value === 'string' && value > today) {
          problems.push({ file: entry.file, line: lineOf(entry, [key]), field: describePath(schema, [key]), message: `${value} 晚于今天 ${today}`, expected: '不晚于今天的真实日期' });
        }
      }
    }
  }
  return problems;
}

/**
 * A column (a list of the site) with no entry files at all: site inspections count empty columns
 * against a site. Files that fail to parse still count; they are reported on their own.
 */
export function checkEmptyColumns(files: Record<string, ReadonlySet<string>>, kinds: CheckKinds): Problem[] {
  return Object.keys(kinds)
    .filter((name) => !kinds[name]!.single && (files[name]?.size ?? 0) === 0)
    .map((name) => ({
      file: `${CONTENT_DIR}/${kinds[name]!.folder}/`,
      message: `栏目“${kinds[name]!.column?.name ?? kinds[name]!.label}”没有任何内容`,
      expected: '至少一条；政府网站检查把空栏目计为问题',
      severity: 'warning' as const,
    }));
}

const INVISIBLE_EXPECTED = '删除这些字符（常随网页、聊天软件或 Word 中复制的文字带入）';

/** A few characters either side of the first invisible one: enough to find it, short enough for one line. */
function around(text: string): string {
  const at = text.search(/(?![\t\n])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u);
  const start = Math.max(0, at - 12);
  const end = Math.min(text.length, at + 13);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

/**
 * Zero-width spaces, direction overrides and control characters in any text value or Markdown
 * body: the value is shown with them made visible (formatProblem renders them as ⟨U+200B⟩).
 */
export function checkInvisibleCharacters(entries: EntriesByKind, kinds: CheckKinds): Problem[] {
  const problems: Problem[] = [];
  for (const [name, kind] of Object.entries(kinds)) {
    const schema = jsonSchemaOf(kind.schema);
    for (const entry of entries[name] ?? []) {
      const visit = (value: unknown, path: (string | number)[]) => {
        if (typeof value === 'string') {
          const found = invisibleIn(value);
          if (found.length > 0) {
            problems.push({ file: entry.file, line: lineOf(entry, path), field: describePath(schema, path), message: `值“${around(value)}”含有不可见字符 ${found.join('、')}`, expected: INVISIBLE_EXPECTED });
          }
        } else if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index]));
        else if (value && typeof value === 'object' && !(value instanceof Date)) for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
      };
      visit(entry.data, []);
      if (entry.body === undefined || entry.bodyLine === undefined) continue;
      const bodyLine = entry.bodyLine;
      entry.body.split('\n').forEach((text, index) => {
        const found = invisibleIn(text);
        if (found.length > 0) problems.push({ file: entry.file, line: bodyLine + index, field: '正文', message: `“${around(text)}”含有不可见字符 ${found.join('、')}`, expected: INVISIBLE_EXPECTED });
      });
    }
  }
  return problems;
}

const ENTRY_EXTENSION = /\.(ya?ml|md)$/;

/**
 * Every file under content/ is an entry of its folder's kind or an attachment an entry refers to.
 * Anything else (an .mdx page, an entry saved as .txt or .YAML, a stray export, a link, a folder
 * named like an entry) is refused: it would not be published, and staff would not know why.
 * Attachments beside an entry that could not be read or is invalid are let be for now: that entry
 * may be what refers to them, and its own problem comes first.
 */
export function checkUnaccountedFiles(
  root: string,
  inventory: Inventory,
  entryFiles: ReadonlySet<string>,
  unsettledFolders: ReadonlySet<string>,
  entries: EntriesByKind,
  kinds: CheckKinds,
): Problem[] {
  const attached = new Set<string>();
  for (const [name, kind] of Object.entries(kinds)) {
    const schema = jsonSchemaOf(kind.schema);
    for (const entry of entries[name] ?? []) {
      for (const { value } of collectMarked(schema, entry.data, 'x-file')) attached.add(resolve(dirname(entry.absolutePath), value));
    }
  }
  const contentRoot = resolve(root, CONTENT_DIR);
  const show = (path: string) => relative(root, path).split(sep).join('/');
  const folderKind = (path: string) =>
    Object.keys(kinds).find((name) => !kinds[name]!.single && path.startsWith(resolve(contentRoot, kinds[name]!.folder) + sep));
  const problems: Problem[] = [];
  for (const path of inventory.files) {
    if (entryFiles.has(path) || attached.has(path)) continue;
    const file = show(path);
    if (/\.mdx$/i.test(path)) {
      problems.push({ file, line: 1, message: '不支持 .mdx 文件', expected: '改用 .md（Markdown），内容中不能包含组件或脚本' });
      continue;
    }
    if (!ENTRY_EXTENSION.test(path) && [...unsettledFolders].some((folder) => path.startsWith(folder + sep))) continue;
    const name = folderKind(path);
    if (name) {
      const kind = kinds[name]!;
      const extensions = (kind.format === 'yaml' ? YAML_EXTENSIONS : MARKDOWN_EXTENSIONS).join(' 或 ');
      problems.push({ file, message: `既不是${kind.label}的条目（扩展名应为 ${extensions}），也不是任何条目引用的附件`, expected: '删除此文件；若是附件，在条目的附件字段中引用它' });
    } else {
      problems.push({ file, message: '不在任何栏目的文件夹中，也不是任何条目引用的附件', expected: `删除此文件，或移到相应栏目的文件夹（如 ${CONTENT_DIR}/${Object.values(kinds).find((kind) => !kind.single)?.folder ?? '…'}/）` });
    }
  }
  for (const path of inventory.links) {
    // A link an entry refers to as its attachment is refused by the attachment check, with the field.
    if (attached.has(path)) continue;
    problems.push({ file: show(path), message: '是符号链接，不是文件本身', expected: '换成文件本身；content/ 中不能有链接' });
  }
  for (const path of inventory.entryLikeFolders) {
    problems.push({ file: `${show(path)}/`, message: '是文件夹，但名字像条目文件', expected: '删除或改名此文件夹；条目应是一个文件' });
  }
  return problems;
}
