// Reading content files from disk, keeping the YAML document so that every problem
// can be reported with the line it is on.
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { LineCounter, parseDocument, isMap, isPair, isScalar, type Document, type Node } from 'yaml';
import { extractFrontmatter } from '@astrojs/markdown-remark';
import type { Problem } from './problem.ts';

export interface SourceEntry {
  kind: string;
  /** Entry id: the path below the kind's folder without extension (the stable code). */
  id: string;
  /** File path relative to the project root. */
  file: string;
  absolutePath: string;
  data: unknown;
  /** Markdown body, for Markdown entries. */
  body?: string;
  doc: Document;
  lineCounter: LineCounter;
  /** Lines before the YAML starts (the "---" of a front matter block). */
  lineOffset: number;
  /** The line the Markdown body starts on. */
  bodyLine?: number;
}

export async function listFiles(dir: string, extensions: readonly string[]): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const name of names.sort()) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    if ((await stat(path)).isDirectory()) files.push(...(await listFiles(path, extensions)));
    else if (extensions.some((ext) => name.endsWith(ext))) files.push(path);
  }
  return files;
}

const toPosix = (path: string) => path.split(sep).join('/');

/** Parse one YAML or Markdown file; a syntax error becomes a problem rather than an exception. */
export async function readSource(
  root: string,
  absolutePath: string,
  kind: string,
  id: string,
  format: 'yaml' | 'markdown',
): Promise<{ entry?: SourceEntry; problems: Problem[] }> {
  const file = toPosix(relative(root, absolutePath));
  const raw = (await readFile(absolutePath, 'utf8')).replace(/^\uFEFF/, '');
  let yamlText = raw;
  let lineOffset = 0;
  let body: string | undefined;
  if (format === 'markdown') {
    const frontmatter = extractFrontmatter(raw);
    if (frontmatter === undefined) {
      return { problems: [{ file, line: 1, message: '缺少文件头信息', expected: '文件以“---”开头，写明各字段，再以“---”结束' }] };
    }
    yamlText = frontmatter;
    const start = raw.indexOf(frontmatter);
    lineOffset = raw.slice(0, start).split('\n').length - 1;
    body = raw.slice(start + frontmatter.length).replace(/^\s*---\s*\n?/, '');
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const [error] = doc.errors;
  if (error) {
    // Later syntax errors are usually knock-on effects of the first; report that one only.
    return {
      problems: [
        {
          file,
          line: lineCounter.linePos(error.pos[0]).line + lineOffset,
          message: `YAML 格式错误：${describeYamlError(error.code)}`,
          expected: '检查缩进、冒号后的空格和引号是否成对',
        },
      ],
    };
  }
  const data = doc.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { problems: [{ file, line: 1 + lineOffset, message: '内容应为“字段: 值”的形式', expected: '每行一个字段' }] };
  }
  const bodyLine = body === undefined ? undefined : raw.slice(0, raw.length - body.length).split('\n').length;
  return { entry: { kind, id, file, absolutePath, data, body, bodyLine, doc, lineCounter, lineOffset }, problems: [] };
}

function describeYamlError(code: string): string {
  const messages: Record<string, string> = {
    DUPLICATE_KEY: '同一字段写了两次',
    BAD_INDENT: '缩进不正确',
    MISSING_CHAR: '缺少必要的符号（如引号或括号未闭合）',
    MULTILINE_IMPLICIT_KEY: '字段名不能跨行（冒号后是否缺少空格？）',
    BLOCK_AS_IMPLICIT_KEY: '字段名不能跨行',
    TAB_AS_INDENT: '不能用 Tab 缩进，请用空格',
    UNEXPECTED_TOKEN: '出现了意外的符号',
  };
  return messages[code] ?? code;
}

/** The line of the value at `path`, or of the nearest enclosing field when that value is missing. */
export function lineOf(entry: SourceEntry, path: readonly PropertyKey[]): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const prefix = path.slice(0, depth) as (string | number)[];
    if (depth > 0) {
      const parent = depth === 1 ? entry.doc.contents : entry.doc.getIn(prefix.slice(0, -1), true);
      const key = prefix[depth - 1];
      if (isMap(parent)) {
        const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
        const keyNode = pair?.key as Node | undefined;
        if (keyNode?.range) return entry.lineCounter.linePos(keyNode.range[0]).line + entry.lineOffset;
      }
    }
    const node = (depth === 0 ? entry.doc.contents : entry.doc.getIn(prefix, true)) as Node | null | undefined;
    if (node && typeof node === 'object' && 'range' in node && node.range) {
      return entry.lineCounter.linePos(node.range[0]).line + entry.lineOffset;
    }
  }
  return 1 + entry.lineOffset;
}
