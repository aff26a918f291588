// Comments in an entry's YAML (# 当事人身份证 …): they never reach a page, but the content folder
// is published as the site's source, so what they say is published too. They are read from the
// file's concrete syntax tree (yaml's Parser), so a # inside a quoted value, a block scalar or a URL
// is not taken for one.
import { Parser } from 'yaml';

export interface YamlComment {
  /** 1-based line in the text given. */
  line: number;
  /** The comment without its #. */
  text: string;
}

/** A # that may start a comment: at a line's start or after a space; what follows it, to its line's end. */
const MAYBE_COMMENT = /(?:^|[ \t])#([^\n]*)/gm;

/**
 * Every comment in `yaml`, in order, by its line in `yaml`. With `worthReading`, the file is parsed
 * only when some text after a # passes it: most files' comments (# 网站与机关信息…) hold nothing a
 * scan would find, and parsing a large file costs more than scanning it.
 */
export function yamlComments(yaml: string, worthReading?: (text: string) => boolean): YamlComment[] {
  if (!yaml.includes('#')) return [];
  if (worthReading && ![...yaml.matchAll(MAYBE_COMMENT)].some((match) => worthReading(match[1] ?? ''))) return [];
  const found = new Map<number, string>();
  const visit = (node: unknown, depth: number): void => {
    if (depth > 64 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item, depth + 1);
      return;
    }
    const token = node as { type?: unknown; offset?: unknown; source?: unknown };
    if (token.type === 'comment' && typeof token.offset === 'number' && typeof token.source === 'string') {
      found.set(token.offset, token.source.replace(/^#/, '').replace(/\r$/, ''));
      return;
    }
    for (const value of Object.values(node)) visit(value, depth + 1);
  };
  for (const token of new Parser().parse(yaml)) visit(token, 0);
  const comments: YamlComment[] = [];
  let line = 1;
  let counted = 0;
  for (const [offset, text] of [...found].sort((a, b) => a[0] - b[0])) {
    for (; counted < offset; counted++) if (yaml.charCodeAt(counted) === 10) line++;
    comments.push({ line, text });
  }
  return comments;
}
