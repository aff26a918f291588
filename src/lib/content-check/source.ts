// Reading content files from disk, keeping the YAML document so that every problem
// can be reported with the line it is on. Nothing in a file can make the reading throw.
import { readFileSync, statSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { LineCounter, parseDocument, isCollection, isMap, isPair, isScalar, visit, type Alias, type Document, type Node } from 'yaml';
import { extractFrontmatter } from '@astrojs/markdown-remark';
import type { Problem } from './problem.ts';
import { decodeContent } from './encoding.ts';
import { sourceHash, type CachedParse, type ParseCache } from './parse-cache.ts';

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
  /** The key of the bytes the entry was read from, when the check keeps a cache (see parse-cache.ts). */
  hash?: string;
  /** The file's text, for rules that read what the data leaves out (YAML comments); not carried by copies. */
  readonly text?: string;
}

/** Entry files larger than this are refused: no page needs more, and parsing a huge file stalls the check. */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;
/** Deeper nesting than any kind's fields is refused before any check walks it. */
export const MAX_DEPTH = 32;
/** yaml's guard against "billion laughs": aliases may not expand into more nodes than this allows. */
export const MAX_ALIAS_COUNT = 100;

const toPosix = (path: string) => path.split(sep).join('/');

const ALIAS_EXPECTED = '不使用锚点（&）和别名（*），把内容直接写出来';

/** Why a file could not be read, in Chinese. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reasons: Record<string, string> = {
    EACCES: '没有读取权限',
    EPERM: '没有读取权限',
    ENOENT: '文件不存在或链接已失效',
    EISDIR: '这是文件夹，不是文件',
    ELOOP: '链接循环',
    EMFILE: '同时打开的文件过多',
    EIO: '磁盘读取错误',
  };
  return (code && reasons[code]) ?? (code || (error instanceof Error ? error.message : String(error)));
}

/**
 * Parse one YAML or Markdown file. Whatever is wrong with it (unreadable, too large, not UTF-8,
 * bad YAML, alias bombs, deep nesting) becomes one problem rather than an exception.
 */
export async function readSource(
  root: string,
  absolutePath: string,
  kind: string,
  id: string,
  format: 'yaml' | 'markdown',
  cache?: ParseCache,
): Promise<{ entry?: SourceEntry; problems: Problem[] }> {
  const loaded = await loadSource(root, absolutePath);
  return 'problems' in loaded ? loaded : sourceFromBytes(root, absolutePath, kind, id, format, loaded.bytes, cache);
}

/**
 * A file's bytes, or why they cannot be read. It never throws, so that the check can read files
 * ahead of the one it is parsing without a failure going unheard.
 */
export async function loadSource(root: string, absolutePath: string): Promise<{ bytes: Uint8Array } | { problems: Problem[] }> {
  return loadSourceSync(root, absolutePath);
}

/**
 * The same, read at once. The check reads thousands of small files that the parser is waiting
 * for: a synchronous read costs a sixth of the CPU time of the promise-based one (its thread-pool
 * round trips and promises), about 0.6 s over 10,000 files.
 */
export function loadSourceSync(root: string, absolutePath: string): { bytes: Uint8Array } | { problems: Problem[] } {
  const file = toPosix(relative(root, absolutePath));
  const fail = (message: string, expected: string, line?: number) => ({ problems: [{ file, ...(line ? { line } : {}), message, expected }] });
  try {
    const info = statSync(absolutePath);
    if (info.isDirectory()) return fail('这是文件夹，不是文件', '删除该文件夹，或改名使其不像条目文件');
    if (info.size > MAX_SOURCE_BYTES) {
      return fail(`文件大小 ${kilobytes(info.size)} KB，超过上限 ${kilobytes(MAX_SOURCE_BYTES)} KB`, '拆成几个条目；长篇原文作为附件（如 PDF）放在 files/ 中引用', 1);
    }
    return { bytes: readFileSync(absolutePath) };
  } catch (error) {
    return fail(`无法读取文件：${describeFsError(error)}`, '检查文件权限，使构建用户可以读取');
  }
}

/** The entry in a file's bytes (from the cache when these bytes were parsed before), or its problems. */
export function sourceFromBytes(
  root: string,
  absolutePath: string,
  kind: string,
  id: string,
  format: 'yaml' | 'markdown',
  bytes: Uint8Array,
  cache?: ParseCache,
): { entry?: SourceEntry; problems: Problem[] } {
  const file = toPosix(relative(root, absolutePath));
  const hash = cache ? sourceHash(bytes, `${kind}\0${id}\0${format}`) : '';
  const cached = cache?.parsed(file, hash);
  const fresh = cached ? undefined : parseSource(bytes, file, format);
  if (cache && fresh) cache.set(file, hash, withoutDocument(fresh));
  const parsed = (cached ?? fresh)!;
  if ('problems' in parsed) return { problems: parsed.problems };
  const { data, body, bodyLine, lineOffset } = parsed;
  const entry = { kind, id, file, absolutePath, data, body, bodyLine, lineOffset, ...(cache ? { hash } : {}) } as SourceEntry;
  // The YAML document is only needed for a problem's line, so it is not kept (held for 10,000
  // entries through the whole check, the documents cost more in garbage collection than parsing
  // the few entries with a problem again): it is parsed again from these same bytes when a rule
  // first asks for a line.
  const text = () => (decodeContent(bytes) as { text: string }).text;
  let document: { doc: Document; lineCounter: LineCounter } | undefined;
  const again = () => (document ??= parseYaml(text().slice(parsed.yamlStart, parsed.yamlEnd)));
  // Enumerable, so that a copy of the entry ({ ...entry }) still carries them (parsing then).
  Object.defineProperties(entry, { doc: { get: () => again().doc, enumerable: true }, lineCounter: { get: () => again().lineCounter, enumerable: true }, text: { get: text } });
  return { entry, problems: [] };
}

type Parsed = Exclude<CachedParse, { problems: Problem[] }>;

const withoutDocument = (parsed: CachedParse | (Parsed & { doc: Document; lineCounter: LineCounter })): CachedParse => {
  if ('problems' in parsed) return parsed;
  const { data, body, bodyLine, lineOffset, yamlStart, yamlEnd } = parsed;
  return { data, body, bodyLine, lineOffset, yamlStart, yamlEnd };
};

function parseYaml(yamlText: string): { doc: Document; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  return { doc: parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true }), lineCounter };
}

/** The parse of one file's bytes: everything in it depends on these bytes alone, which is what lets it be cached. */
function parseSource(bytes: Uint8Array, file: string, format: 'yaml' | 'markdown'): { problems: Problem[] } | (Parsed & { doc: Document; lineCounter: LineCounter }) {
  const fail = (message: string, expected: string, line?: number) => ({ problems: [{ file, ...(line ? { line } : {}), message, expected }] });
  const decoded = decodeContent(bytes);
  if (!('text' in decoded)) {
    const guess = decoded.encoding ? `看来是 ${decoded.encoding}` : '无法识别其编码';
    return fail(`文件不是 UTF-8 编码（${guess}）`, '用 UTF-8 编码另存此文件（记事本、WPS 等：另存为 → 编码选 UTF-8）', decoded.line);
  }
  const raw = decoded.text;
  let yamlText = raw;
  let yamlStart = 0;
  let lineOffset = 0;
  let body: string | undefined;
  if (format === 'markdown') {
    const frontmatter = extractFrontmatter(raw);
    if (frontmatter === undefined) return fail('缺少文件头信息', '文件以“---”开头，写明各字段，再以“---”结束', 1);
    if (/^\s*\+\+\+/.test(raw)) return fail('不支持 TOML 文件头（+++）', '用“---”包围的 YAML 文件头', 1);
    yamlText = frontmatter;
    const start = raw.indexOf(frontmatter);
    yamlStart = start;
    lineOffset = raw.slice(0, start).split('\n').length - 1;
    body = raw.slice(start + frontmatter.length).replace(/^\s*---\s*\n?/, '');
  }
  const { doc, lineCounter } = parseYaml(yamlText);
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + lineOffset;
  // Later syntax errors are usually knock-on effects of the first; report that one only.
  const [error] = doc.errors;
  if (error) {
    const unclosed = unclosedAt(yamlText, error);
    if (unclosed) return fail(`YAML 格式错误：${unclosed.what}没有闭合`, `在本行的值末尾补上${unclosed.closing}`, lineAt(unclosed.at));
    return fail(`YAML 格式错误：${describeYamlError(error.code)}`, yamlExpected(error.code), lineAt(error.pos[0]));
  }
  // Tags the parser does not know (e.g. "!foo") would fail Astro's own reader later.
  const [warning] = doc.warnings;
  if (warning) return fail(`YAML 格式错误：${describeYamlError(warning.code)}`, '去掉以“!”开头的类型标签', lineAt(warning.pos[0]));
  const deep = tooDeep(doc.contents);
  if (deep) return fail(`内容嵌套超过 ${MAX_DEPTH} 层`, '按本类内容的字段结构填写，字段组和列表不要层层嵌套', lineAt(deep.range?.[0] ?? 0));
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (thrown) {
    const message = thrown instanceof Error ? thrown.message : String(thrown);
    const alias = firstAlias(doc);
    const line = alias ? lineAt(alias.range[0]) : 1 + lineOffset;
    if (/Excessive alias count/.test(message)) return fail('YAML 别名（*）展开后内容过多，疑似“别名炸弹”', ALIAS_EXPECTED, line);
    if (/Unresolved alias/.test(message)) return fail(`YAML 别名“*${alias?.source ?? ''}”没有对应的锚点`, ALIAS_EXPECTED, line);
    return fail(`YAML 内容无法读取：${message.split('\n')[0]}`, '检查缩进、冒号后的空格和引号是否成对', line);
  }
  if (hasCycle(data)) {
    const alias = firstAlias(doc);
    return fail('YAML 别名引用了包含它自己的内容（循环引用）', ALIAS_EXPECTED, alias ? lineAt(alias.range[0]) : 1 + lineOffset);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return fail('内容应为“字段: 值”的形式', '每行一个字段', 1 + lineOffset);
  }
  const bodyLine = body === undefined ? undefined : raw.slice(0, raw.length - body.length).split('\n').length;
  return { data, body, bodyLine, lineOffset, yamlStart, yamlEnd: yamlStart + yamlText.length, doc, lineCounter };
}

const kilobytes = (bytes: number) => Math.ceil(bytes / 1024).toLocaleString('en-US');

function firstAlias(doc: Document): (Alias & { range: [number, number, number] }) | undefined {
  let found: (Alias & { range: [number, number, number] }) | undefined;
  visit(doc, {
    Alias(_, node) {
      if (node.range) found = node as Alias & { range: [number, number, number] };
      return visit.BREAK;
    },
  });
  return found;
}

/** The first node nested deeper than MAX_DEPTH (aliases are not followed: they are leaves here). */
function tooDeep(root: unknown): Node | undefined {
  const stack: { node: unknown; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (!isCollection(node)) continue;
    if (depth >= MAX_DEPTH) return node;
    for (const item of node.items) {
      if (isPair(item)) stack.push({ node: item.key, depth: depth + 1 }, { node: item.value, depth: depth + 1 });
      else stack.push({ node: item, depth: depth + 1 });
    }
  }
  return undefined;
}

/** An alias that contains itself ("a: &x [*x]") makes a value no check could ever finish walking. */
function hasCycle(data: unknown): boolean {
  const onPath = new Set<object>();
  const walk = (value: unknown): boolean => {
    if (value === null || typeof value !== 'object' || value instanceof Date || ArrayBuffer.isView(value)) return false;
    if (onPath.has(value)) return true;
    onPath.add(value);
    const children = value instanceof Map ? [...value.values()] : value instanceof Set ? [...value] : Object.values(value);
    const found = children.some(walk);
    onPath.delete(value);
    return found;
  };
  return walk(data);
}

/**
 * An unclosed quote or bracket is noticed where the file ends or the next field starts; the line
 * to fix is the one that opened it, which is the last such character before that point (a closing
 * one after it would have closed it).
 */
function unclosedAt(text: string, error: { code: string; message: string; pos: [number, number] }): { what: string; closing: string; at: number } | undefined {
  const quote = /^Missing closing (["'])quote/.exec(error.message)?.[1];
  if (error.code === 'MISSING_CHAR' && quote) {
    const at = text.lastIndexOf(quote, error.pos[0] - 1);
    if (at >= 0) return { what: quote === '"' ? '双引号“\"”' : "单引号“'”", closing: quote === '"' ? '“\"”' : "“'”", at };
  }
  const bracket = /^Flow (sequence|map) in block collection must .* end with a ([\]}])/.exec(error.message);
  if (bracket) {
    const opening = bracket[1] === 'sequence' ? '[' : '{';
    const at = text.lastIndexOf(opening, error.pos[0] - 1);
    if (at >= 0) return { what: `${bracket[1] === 'sequence' ? '方括号' : '花括号'}“${opening}”`, closing: `“${bracket[2]}”`, at };
  }
  return undefined;
}

function yamlExpected(code: string): string {
  if (code === 'RESOURCE_EXHAUSTION') return '字段组和列表不要层层嵌套，不使用锚点（&）和别名（*）';
  if (code === 'MULTIPLE_DOCS') return '一个文件只写一个条目，删除中间的“---”';
  return '检查缩进、冒号后的空格和引号是否成对';
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
    ALIAS_PROPS: '别名（*）不能带锚点或标签',
    BAD_ALIAS: '别名（*）写法不正确',
    BAD_DIRECTIVE: '“%”开头的指令不正确',
    BAD_DQ_ESCAPE: '双引号中的转义字符（\\）不正确',
    BAD_PROP_ORDER: '锚点和标签的位置不正确',
    BAD_SCALAR_START: '值不能以这个符号开头（如 @、`，请加引号）',
    BLOCK_IN_FLOW: '方括号或花括号中不能换行写字段',
    IMPOSSIBLE: '无法解析的内容',
    MULTIPLE_ANCHORS: '一个值只能有一个锚点（&）',
    MULTIPLE_DOCS: '一个文件中有多个文档（出现了单独一行的“---”）',
    MULTIPLE_TAGS: '一个值只能有一个类型标签（!）',
    NON_STRING_KEY: '字段名应为文本',
    RESOURCE_EXHAUSTION: '嵌套过深或别名（*）过多',
    TAG_RESOLVE_FAILED: '不认识的类型标签（以“!”开头）',
    BAD_COLLECTION_TYPE: '类型标签与内容不符',
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
