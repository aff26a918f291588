// Writing an imported entry: a new entry gets a fresh YAML file with the schema's field order; an
// existing one is edited in place (yaml's Document), so only changed values move and the
// comments and layout staff wrote are kept. A Markdown entry's front matter is handled the same
// way, its body kept as written unless the sheet changed it.
import { isMap, parseDocument, stringify } from 'yaml';

type Data = Record<string, unknown>;
const isPlain = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);
/** Key order is the file's layout, not its content. */
const canonical = (value: unknown): unknown =>
  Array.isArray(value) ? value.map(canonical) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, canonical(v)])) : value;
const same = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/** Keys in the order the schema lists them, unknown ones last. */
export function ordered(data: Data, order: readonly string[]): Data {
  const keys = [...order.filter((key) => key in data), ...Object.keys(data).filter((key) => !order.includes(key))];
  return Object.fromEntries(keys.map((key) => [key, data[key]]));
}

export function newYaml(data: Data, order: readonly string[]): string {
  return stringify(ordered(data, order), { lineWidth: 0 });
}

export function updatedYaml(text: string, after: Data): string {
  const document = parseDocument(text);
  const before = document.toJS() as unknown;
  const visit = (path: string[], old: unknown, next: unknown) => {
    if (isPlain(old) && isPlain(next) && isMap(path.length ? document.getIn(path, true) : document.contents)) {
      for (const key of new Set([...Object.keys(old), ...Object.keys(next)])) {
        if (!(key in next)) document.deleteIn([...path, key]);
        else if (!same(old[key], next[key])) visit([...path, key], old[key], next[key]);
      }
      return;
    }
    document.setIn(path, next);
  };
  visit([], before, after);
  return document.toString({ lineWidth: 0 });
}

/** A Markdown entry's front matter (YAML text) and body, as the files under content/ are written. */
export function splitMarkdown(text: string): { front: string; body: string } | undefined {
  const match = /^\uFEFF?---\r?\n((?:[\s\S]*?\r?\n)?)---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(text);
  return match ? { front: match[1]!, body: match[2]! } : undefined;
}

/** Front matter and body back into one file: a blank line between them, one line ending at the end. */
export function joinMarkdown(front: string, body: string): string {
  const text = body.trim();
  return `---\n${front.endsWith('\n') ? front : `${front}\n`}---\n${text ? `\n${text}\n` : ''}`;
}
